import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { userTokens } from "@/db/schema";
import { createUser } from "@/test/factories";
import { consumeToken, findValidToken, hashToken, issueToken, revokeTokens } from "./tokens";
import { nth } from "@/lib/core/rows";

const at = (iso: string) => new Date(iso);
const HOUR = 60 * 60_000;

describe("single-use tokens", () => {
  it("stores only the SHA-256 of the token, never the token", async () => {
    const user = await createUser(db);
    const token = await issueToken(db, user.id, "ACTIVATION", 72, at("2026-05-01T10:00:00Z"));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await db.select().from(userTokens).where(eq(userTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(nth(rows, 0).tokenHash).toBe(hashToken(token));
    expect(nth(rows, 0).tokenHash).not.toContain(token);
    expect(nth(rows, 0).expiresAt.toISOString()).toBe("2026-05-04T10:00:00.000Z");
  });

  it("can be used once only", async () => {
    const user = await createUser(db);
    const now = at("2026-05-01T10:00:00Z");
    const token = await issueToken(db, user.id, "PASSWORD_RESET", 2, now);
    expect(await findValidToken(db, token, "PASSWORD_RESET", now)).toMatchObject({ userId: user.id });
    expect(await consumeToken(db, token, "PASSWORD_RESET", now)).toEqual({ userId: user.id });
    expect(await consumeToken(db, token, "PASSWORD_RESET", now)).toBeNull();
    expect(await findValidToken(db, token, "PASSWORD_RESET", now)).toBeNull();
  });

  it("lets only one of two simultaneous uses succeed", async () => {
    const user = await createUser(db);
    const token = await issueToken(db, user.id, "PASSWORD_RESET", 2);
    const results = await Promise.all(Array.from({ length: 5 }, () => db.transaction((tx) => consumeToken(tx, token, "PASSWORD_RESET"))));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("expires: valid until its last instant, refused after", async () => {
    const user = await createUser(db);
    const issuedAt = at("2026-05-01T10:00:00Z");
    const token = await issueToken(db, user.id, "ACTIVATION", 72, issuedAt);
    const expiry = issuedAt.getTime() + 72 * HOUR;
    expect(await findValidToken(db, token, "ACTIVATION", new Date(expiry - 1000))).not.toBeNull();
    expect(await consumeToken(db, token, "ACTIVATION", new Date(expiry))).toBeNull();
    expect(await consumeToken(db, token, "ACTIVATION", new Date(expiry + HOUR))).toBeNull();
    expect(await consumeToken(db, token, "ACTIVATION", new Date(expiry - 1000))).toEqual({ userId: user.id });
  });

  it("refuses a token of another purpose, an unknown one and garbage", async () => {
    const user = await createUser(db);
    const token = await issueToken(db, user.id, "ACTIVATION", 72);
    expect(await consumeToken(db, token, "PASSWORD_RESET")).toBeNull();
    expect(await consumeToken(db, "A".repeat(43), "ACTIVATION")).toBeNull();
    for (const garbage of ["", "x", "' or 1=1 --", "A".repeat(10_000), `${token}x`]) {
      expect(await consumeToken(db, garbage, "ACTIVATION")).toBeNull();
    }
    expect(await consumeToken(db, token, "ACTIVATION")).toEqual({ userId: user.id });
  });

  it("revokes every outstanding token of a user", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const first = await issueToken(db, user.id, "ACTIVATION", 72);
    const second = await issueToken(db, user.id, "PASSWORD_RESET", 2);
    const others = await issueToken(db, other.id, "PASSWORD_RESET", 2);
    await revokeTokens(db, user.id);
    expect(await consumeToken(db, first, "ACTIVATION")).toBeNull();
    expect(await consumeToken(db, second, "PASSWORD_RESET")).toBeNull();
    expect(await consumeToken(db, others, "PASSWORD_RESET")).toEqual({ userId: other.id });
  });
});
