import { eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { limitEvents, structures, users } from "@/db/schema";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { authenticate } from "./authenticate";
import { loginRetryDelay } from "./throttle";
import { FIRST_DELAY_MS, loginBuckets } from "./throttle-policy";
import { one } from "@/lib/core/rows";

const eventsOf = (bucket: string) => db.select().from(limitEvents).where(eq(limitEvents.bucket, bucket));

const at = (iso: string) => new Date(iso);

describe("authenticate (docs/produit.md#comptes-et-securite)", () => {
  it("logs in with the right password and records the login", async () => {
    const user = await createUser(db);
    const result = await authenticate({ email: user.email.toUpperCase(), password: TEST_PASSWORD, remember: "on" }, "10.0.0.1", at("2026-05-01T10:00:00Z"));
    expect(result).toEqual({ ok: true, user: { id: user.id, kind: "OFFERER", remember: true } });
    const row = one(await db.select().from(users).where(eq(users.id, user.id)));
    expect(row.lastLoginAt?.toISOString()).toBe("2026-05-01T10:00:00.000Z");
  });

  it("answers alike for an unknown email, a wrong password, and a wrong password on a frozen account or structure", async () => {
    const frozen = await createUser(db, { frozenAt: new Date() });
    const ofFrozenStructure = await createUser(db);
    await db.update(structures).set({ frozenAt: new Date() }).where(eq(structures.id, ofFrozenStructure.structureId!));
    const wrong = await createUser(db);
    const answers = await Promise.all([
      authenticate({ email: "personne@nulle-part.fr", password: TEST_PASSWORD }, "10.0.0.2"),
      authenticate({ email: wrong.email, password: "pas le bon mot de passe" }, "10.0.0.2"),
      authenticate({ email: frozen.email, password: "pas le bon mot de passe" }, "10.0.0.2"),
      authenticate({ email: ofFrozenStructure.email, password: "pas le bon mot de passe" }, "10.0.0.2"),
    ]);
    for (const answer of answers) expect(answer).toEqual({ ok: false, reason: "invalid" });
  });

  it("tells a frozen account or a frozen structure's user that types the right password, with its région, and counts the attempt", async () => {
    const frozen = await createUser(db, { frozenAt: new Date() });
    const ofFrozenStructure = await createUser(db);
    await db.update(structures).set({ frozenAt: new Date() }).where(eq(structures.id, ofFrozenStructure.structureId!));
    const structure = one(await db.select().from(structures).where(eq(structures.id, frozen.structureId!)));
    expect(await authenticate({ email: frozen.email, password: TEST_PASSWORD }, "10.0.0.6")).toEqual({
      ok: false,
      reason: "frozen",
      scope: "account",
      regionCode: structure.regionCode,
    });
    expect(await authenticate({ email: ofFrozenStructure.email, password: TEST_PASSWORD }, "10.0.0.6")).toMatchObject({ reason: "frozen", scope: "structure" });
    expect(await eventsOf(loginBuckets.address("10.0.0.6"))).toHaveLength(2);
  });

  it("refuses malformed input without touching the database", async () => {
    for (const input of [{}, { email: "", password: "" }, { email: "pas-un-email", password: "x" }, { email: "a@b.fr", password: "x".repeat(10_000) }]) {
      expect(await authenticate(input, "10.0.0.3")).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await db.select().from(limitEvents).where(like(limitEvents.bucket, "%10.0.0.3%"))).toHaveLength(0);
  });

  it("slows down after five failures, whether or not the account exists, and lets the right password in once the delay is over", async () => {
    const user = await createUser(db);
    for (const email of [user.email, "inconnu@test.sses.fr"]) {
      let clock = at("2026-05-01T10:00:00Z").getTime();
      for (let i = 0; i < 5; i++) {
        expect(await authenticate({ email, password: "mauvais" }, "10.0.0.4", new Date(clock))).toEqual({ ok: false, reason: "invalid" });
        clock += 1000;
      }
      const throttled = await authenticate({ email, password: TEST_PASSWORD }, "10.0.0.4", new Date(clock));
      expect(throttled).toMatchObject({ ok: false, reason: "throttled" });
      clock += 60_000;
      const after = await authenticate({ email, password: TEST_PASSWORD }, "10.0.0.4", new Date(clock));
      expect(after.ok).toBe(email === user.email);
    }
  });

  it("checks exactly five of 30 parallel wrong passwords for one email (issue 14, finding 3)", async () => {
    const user = await createUser(db);
    const now = at("2026-05-01T11:00:00Z");
    const answers = await Promise.all(Array.from({ length: 30 }, () => authenticate({ email: user.email, password: "mauvais" }, "10.2.0.1", now)));
    expect(answers.filter((answer) => !answer.ok && answer.reason === "invalid")).toHaveLength(5);
    expect(answers.filter((answer) => !answer.ok && answer.reason === "throttled")).toHaveLength(25);
    expect(await eventsOf(loginBuckets.account(user.email))).toHaveLength(5);
  });

  it("counts 30 parallel attempts spread over 30 addresses against the account too", async () => {
    const user = await createUser(db);
    const now = at("2026-05-01T11:30:00Z");
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => authenticate({ email: user.email, password: "mauvais" }, `10.3.0.${i + 1}`, now)));
    expect(answers.filter((answer) => !answer.ok && answer.reason === "invalid")).toHaveLength(5);
  });

  it("does not keep the owner out for others' failures: from an address where the account logged in, only its own failures count", async () => {
    const user = await createUser(db);
    const start = at("2026-05-01T12:00:00Z").getTime();
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD }, "10.4.0.1", new Date(start))).ok).toBe(true);
    // Others, from 40 addresses, fail 120 times.
    for (let i = 0; i < 120; i++) await authenticate({ email: user.email, password: "mauvais" }, `10.5.${i % 40}.1`, new Date(start + 60_000 + i * 1000));
    const underAttack = new Date(start + 60_000 + 119 * 1000);
    // The owner, at their usual address: a typo, then the right password at once.
    expect(await authenticate({ email: user.email, password: "faute de frappe" }, "10.4.0.1", underAttack)).toEqual({ ok: false, reason: "invalid" });
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD }, "10.4.0.1", underAttack)).ok).toBe(true);
  });

  it("keeps the owner arriving from a new address during an attack out for the first delay at most (issue 14, finding 3)", async () => {
    const user = await createUser(db);
    const start = at("2026-05-01T12:30:00Z").getTime();
    // An attack from 30 addresses, one try a second for a minute: a delay growing with the account's failures would now be 15 minutes.
    for (let i = 0; i < 60; i++) await authenticate({ email: user.email, password: "mauvais" }, `10.9.${i % 30}.1`, new Date(start + i * 1000));
    const lastTry = start + 59 * 1000;
    // The owner, from an address never seen, right after an attacker's failure, waits the first delay at most, then gets in.
    const newAddress = "10.10.0.1";
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, newAddress, new Date(lastTry + 1))).toMatchObject({ reason: "throttled" });
    expect(await loginRetryDelay(user.email, newAddress, new Date(lastTry + 1))).toBeLessThanOrEqual(FIRST_DELAY_MS);
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD }, newAddress, new Date(lastTry + FIRST_DELAY_MS))).ok).toBe(true);
  });

  it("still slows the owner's own repeated failures from their usual address, from the first delay on", async () => {
    const user = await createUser(db);
    const start = at("2026-05-01T13:00:00Z").getTime();
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD }, "10.8.0.1", new Date(start))).ok).toBe(true);
    for (let i = 0; i < 5; i++) await authenticate({ email: user.email, password: "mauvais" }, "10.8.0.1", new Date(start + 1000));
    expect(await authenticate({ email: user.email, password: TEST_PASSWORD }, "10.8.0.1", new Date(start + 2000))).toMatchObject({ reason: "throttled" });
    expect((await authenticate({ email: user.email, password: TEST_PASSWORD }, "10.8.0.1", new Date(start + 3100))).ok).toBe(true);
  });
});
