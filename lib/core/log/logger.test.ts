import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { routeOf } from "./request-log";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

describe("logs", () => {
  it("are JSON lines with an ISO time and a level name", () => {
    const { logger, lines } = capture();
    logger.info({ reqId: "abc", route: "/offres", status: 200, durationMs: 12 }, "request");
    expect(lines[0]).toMatchObject({ level: "info", msg: "request", service: "sses", reqId: "abc", route: "/offres", status: 200, durationMs: 12 });
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("never carry a password, a token or a personal field, at any of three levels", () => {
    const { logger, lines } = capture();
    const secret = "Un-mot-de-passe-très-secret";
    logger.error({
      password: secret,
      token: secret,
      input: { email: "claire.martin@example.test", newPassword: secret, phone: "+33612345678", firstName: "Claire", lastName: "Martin" },
      request: { headers: { authorization: `Bearer ${secret}`, cookie: `session=${secret}` } },
      email: { to: "claire.martin@example.test", resetUrl: `https://sses.test/mot-de-passe-oublie/${secret}` },
      offerId: 1234,
    });
    const written = JSON.stringify(lines);
    for (const value of [secret, "claire.martin@example.test", "+33612345678", "Claire", "Martin"]) expect(written).not.toContain(value);
    expect(lines[0]).toMatchObject({ offerId: 1234, input: { email: "[masqué]" } });
  });

  it("name a route without its query and with single-use tokens masked", () => {
    expect(routeOf("/offres?q=ecole&departement=93")).toBe("/offres");
    expect(routeOf("/activation/x8Hq2mZ0b3VnQ1l6cVdBc2x0S0p2Rkp3")).toBe("/activation/:token");
    expect(routeOf("/mot-de-passe-oublie/abcdefghijklmnopqrstuvwxyz012345?x=1")).toBe("/mot-de-passe-oublie/:token");
    expect(routeOf("/espace/utilisateurs/3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b")).toBe("/espace/utilisateurs/3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b");
    expect(routeOf("/offres/1234/pdf")).toBe("/offres/1234/pdf");
    // A catalogue search's cached page (scripts/serve.ts rewrites /offres?q=… to it): its key is the search in base64url.
    expect(routeOf("/offres/recherche/cT1zb21tZWls")).toBe("/offres/recherche/:filtres");
    expect(routeOf("/offres/recherche/toutes")).toBe("/offres/recherche/toutes");
  });
});
