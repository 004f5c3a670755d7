import type { ChildProcess } from "node:child_process";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "@/db/seed/demo";
import { db } from "@/db/client";
import { hashPolicy } from "@/lib/core/http/content-security-policy";
import { HSTS_VALUE } from "@/lib/core/http/security-headers";
import { freePort, root, serverActionId, startWebServer, stopProcess, waitForStatus } from "@/test/web-servers";
import { buildIfStale } from "./lib/build";

/**
 * The production server (scripts/serve.ts on its build), served as behind HTTPS (APP_URL https):
 * - server-action bodies Next would answer with a bare 500 and a stack trace (issue 14, finding 9)
 *   each get 413 or 400 with a French text, the server logs no stack trace, and a good call still
 *   goes through afterwards;
 * - its pages carry the Content-Security-Policy and HSTS of issue 14, finding 7.
 */
let server: ChildProcess | undefined;
let port = 0;
let output = "";

beforeAll(async () => {
  await seedDemoData(db);
  await buildIfStale(root, (line) => console.log(`[http-hardening] ${line}`));
  port = await freePort();
  server = startWebServer(port, { DATABASE_URL: process.env.DATABASE_URL, APP_URL: `https://127.0.0.1:${port}` }, { output: "pipe" });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitForStatus(`http://127.0.0.1:${port}/api/health`, 200, server, 600_000);
}, 900_000);

afterAll(() => stopProcess(server), 60_000);

/** A POST to « Mot de passe oublié » written piece by piece, as a client may (no Content-Length: chunked). */
function post(headers: Record<string, string>, pieces: (string | Buffer)[]): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    // A connection of its own: a body cut short of its Content-Length would otherwise swallow the next request.
    const call = request({ host: "127.0.0.1", port, method: "POST", path: "/mot-de-passe-oublie", headers, agent: false }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    // The server may answer and close before the whole body is written: the answer is what counts.
    call.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    void (async () => {
      for (const piece of pieces) if (!call.write(piece)) await new Promise((resume) => call.once("drain", resume));
      call.end();
    })();
  });
}

const TOO_BIG = "L'envoi dépasse la taille acceptée (32 Mo en tout)";
const UNREADABLE = "La requête n'a pas pu être lue. Rechargez la page, puis réessayez.";

describe("server-action bodies Next cannot take", () => {
  const action = () => ({ "next-action": serverActionId("requestPasswordLinkAction"), accept: "text/x-component" });

  it("413 in French for a body over 32 MB, announced or sent in chunks", async () => {
    const mebibyte = Buffer.alloc(1024 * 1024, "a");
    const announced = await post({ ...action(), "content-type": "text/plain", "content-length": String(33 * 1024 * 1024) }, [mebibyte]);
    expect(announced.status).toBe(413);
    expect(announced.text).toContain(TOO_BIG);
    const chunked = await post(
      { ...action(), "content-type": "multipart/form-data; boundary=x" },
      Array.from({ length: 34 }, () => mebibyte),
    );
    expect(chunked.status).toBe(413);
    expect(chunked.text).toContain(TOO_BIG);
  });

  it("400 in French for garbage, whatever its content type", async () => {
    for (const [type, body] of [
      ["text/plain;charset=UTF-8", "{{{ pas du JSON"],
      ["multipart/form-data; boundary=x", "--x\r\nnimporte quoi sans fin"],
      ["multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="1"\r\n\r\n"sans racine"\r\n--x--\r\n'],
      ["application/json", "{}"],
    ]) {
      const answer = await post({ ...action(), "content-type": type! }, [body!]);
      expect({ type, ...answer }).toEqual({ type, status: 400, text: UNREADABLE });
    }
  });

  it("lets a good call through afterwards, and the server logged no stack trace", async () => {
    const answer = await post({ ...action(), "content-type": "text/plain;charset=UTF-8" }, [JSON.stringify([{ email: "personne@example.org" }])]);
    expect(answer.status).toBe(200);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toMatch(/Error:/);
    expect(output).not.toContain('"stack"');
  });
});

describe("security headers (docs/decisions/0007-politique-de-securite-du-contenu.md)", () => {
  it("a cached page is allowed its own inline scripts by their hashes, a page rendered per request gets its nonce on every script, HSTS on both", async () => {
    const base = `http://127.0.0.1:${port}`;
    await (await fetch(`${base}/offres`)).text();
    const cached = await fetch(`${base}/offres`, { headers: { "accept-encoding": "gzip" } });
    const html = await cached.text();
    expect(cached.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(cached.headers.get("content-security-policy")).toBe(hashPolicy(html));
    expect(cached.headers.get("content-security-policy")).toMatch(/^script-src 'self' 'sha256-/);
    expect(cached.headers.get("strict-transport-security")).toBe(HSTS_VALUE);

    const rendered = await fetch(`${base}/connexion`, { headers: { "content-security-policy": "script-src 'nonce-choisi'" } });
    const nonce = /^script-src 'nonce-([^']+)' 'strict-dynamic';/.exec(rendered.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeDefined();
    expect(nonce).not.toBe("choisi");
    const scripts = [...(await rendered.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(rendered.headers.get("strict-transport-security")).toBe(HSTS_VALUE);
  });
});
