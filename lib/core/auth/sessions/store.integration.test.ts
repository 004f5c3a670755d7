import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { userSessions } from "@/db/schema";
import { createUser } from "@/test/factories";
import { one } from "@/lib/core/rows";
import { sessionState } from "./policy";
import { createSession, findSession, listOpenSessions, pruneEndedSessions, recordSecondFactor, revokeSession, revokeUserSessions, touchSession } from "./store";

const at = (iso: string) => new Date(iso);
const rowOf = async (id: string) => one(await db.select().from(userSessions).where(eq(userSessions.id, id)));

describe("the session store (docs/architecture.md#sessions)", () => {
  it("opens 12 h sessions, 30 days with « Se souvenir de moi », never 30 days for a regional admin", async () => {
    const offerer = await createUser(db);
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    const now = at("2026-05-01T10:00:00Z");
    const short = await createSession({ userId: offerer.id, kind: "OFFERER", remember: false, device: "Chrome sur Windows" }, now);
    const long = await createSession({ userId: offerer.id, kind: "OFFERER", remember: true, device: "Firefox sur Linux" }, now);
    const adminSession = await createSession({ userId: admin.id, kind: "REGIONAL_ADMIN", remember: true, device: "Safari sur macOS" }, now);
    expect(short.expiresAt.toISOString()).toBe("2026-05-01T22:00:00.000Z");
    expect(long).toMatchObject({ remember: true, expiresAt: at("2026-05-31T10:00:00Z") });
    expect(adminSession).toMatchObject({ remember: false, expiresAt: at("2026-05-01T22:00:00Z"), secondFactorAt: null });
  });

  it("ends a regional admin's session after 30 minutes without use, not an offerer's", async () => {
    const session = { expiresAt: at("2026-05-01T22:00:00Z"), lastUsedAt: at("2026-05-01T10:00:00Z"), revokedAt: null };
    expect(sessionState(session, "REGIONAL_ADMIN", at("2026-05-01T10:30:00Z"))).toBe("live");
    expect(sessionState(session, "REGIONAL_ADMIN", at("2026-05-01T10:30:01Z"))).toBe("expired");
    expect(sessionState(session, "OFFERER", at("2026-05-01T21:59:59Z"))).toBe("live");
    expect(sessionState(session, "OFFERER", at("2026-05-01T22:00:00Z"))).toBe("expired");
    expect(sessionState({ ...session, revokedAt: at("2026-05-01T10:01:00Z") }, "OFFERER", at("2026-05-01T10:02:00Z"))).toBe("revoked");
  });

  it("touches « dernière utilisation » at most once a minute", async () => {
    const user = await createUser(db);
    const session = await createSession({ userId: user.id, kind: "OFFERER", remember: false, device: "Chrome sur Windows" }, at("2026-05-01T10:00:00Z"));
    await touchSession(session, at("2026-05-01T10:00:59Z"));
    expect((await rowOf(session.id)).lastUsedAt).toEqual(at("2026-05-01T10:00:00Z"));
    await touchSession(session, at("2026-05-01T10:01:00Z"));
    expect((await rowOf(session.id)).lastUsedAt).toEqual(at("2026-05-01T10:01:00Z"));
  });

  it("revokes one session of its owner only, all of a person's, or all but the current one", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const now = at("2026-05-01T10:00:00Z");
    const open = () => createSession({ userId: user.id, kind: "OFFERER", remember: false, device: "Chrome sur Windows" }, now);
    const [a, b, c] = [await open(), await open(), await open()];
    expect(await revokeSession(a.id, other.id, now)).toBe(false);
    expect(await revokeSession(a.id, user.id, now)).toBe(true);
    expect(await revokeSession(a.id, user.id, now)).toBe(false);
    expect((await listOpenSessions(user.id, now)).map((s) => s.id).sort()).toEqual([b.id, c.id].sort());
    expect(await revokeUserSessions(db, user.id, now, { except: c.id })).toBe(1);
    expect((await listOpenSessions(user.id, now)).map((s) => s.id)).toEqual([c.id]);
    expect(await revokeUserSessions(db, user.id, now)).toBe(1);
    expect(await listOpenSessions(user.id, now)).toEqual([]);
    expect(await findSession(c.id, other.id)).toBeNull();
    expect((await findSession(c.id, user.id))?.revokedAt).toEqual(now);
  });

  it("forgets the rows of sessions ended more than a day ago", async () => {
    const user = await createUser(db);
    const open = (at: Date) => createSession({ userId: user.id, kind: "OFFERER", remember: false, device: "Chrome sur Windows" }, at);
    const expiredLongAgo = await open(at("2026-04-01T10:00:00Z"));
    const revokedLongAgo = await open(at("2026-05-01T08:00:00Z"));
    await revokeSession(revokedLongAgo.id, user.id, at("2026-05-01T09:00:00Z"));
    const revokedLately = await open(at("2026-05-02T08:00:00Z"));
    await revokeSession(revokedLately.id, user.id, at("2026-05-02T09:00:00Z"));
    const live = await open(at("2026-05-02T09:00:00Z"));
    await pruneEndedSessions(at("2026-05-02T10:00:00Z"));
    const left = (await db.select({ id: userSessions.id }).from(userSessions).where(eq(userSessions.userId, user.id))).map((row) => row.id).sort();
    expect(left).toEqual([revokedLately.id, live.id].sort());
    expect(left).not.toContain(expiredLongAgo.id);
  });

  it("records that the session passed its second factor", async () => {
    const user = await createUser(db);
    const session = await createSession({ userId: user.id, kind: "OFFERER", remember: false, device: "Chrome sur Windows" });
    await recordSecondFactor(session.id, at("2026-05-01T10:05:00Z"));
    expect((await rowOf(session.id)).secondFactorAt).toEqual(at("2026-05-01T10:05:00Z"));
  });
});
