import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { identityLinkRequests } from "@/db/schema";
import { hashToken, newToken } from "@/lib/core/tokens/tokens";
import { createUser } from "@/test/factories";
import { PENDING_LINK_SECONDS } from "./identities";

vi.mock("@/lib/offers/catalogue/cache", () => ({ expireOfferCacheFromJob: () => {}, expireOfferCache: () => {} }));

const MINUTE = 60_000;

async function request(userId: string, expiresAt: Date, usedAt: Date | null = null) {
  const [row] = await db
    .insert(identityLinkRequests)
    .values({
      userId,
      provider: "PROCONNECT",
      subject: `sub-${crypto.randomUUID()}`,
      email: "x@test.sses.fr",
      tokenHash: hashToken(newToken()),
      expiresAt,
      usedAt,
    })
    .returning({ id: identityLinkRequests.id });
  return row!.id;
}

describe("the scheduled job and identity link requests (docs/produit.md#tache-planifiee)", () => {
  it("deletes the requests expired for longer than « Renvoyer le lien » can follow them, used or not, and keeps the others", async () => {
    const user = await createUser(db);
    const now = Date.now();
    const longExpired = await request(user.id, new Date(now - PENDING_LINK_SECONDS * 1000 - 5 * MINUTE));
    const longUsed = await request(user.id, new Date(now - PENDING_LINK_SECONDS * 1000 - 5 * MINUTE), new Date(now - 2 * 60 * MINUTE));
    const justExpired = await request(user.id, new Date(now - 10 * MINUTE));
    const valid = await request(user.id, new Date(now + 10 * MINUTE));

    const { runScheduledJobs } = await import("@/lib/core/cron/run-scheduled-jobs");
    await runScheduledJobs();

    const left = await db.select({ id: identityLinkRequests.id }).from(identityLinkRequests).where(eq(identityLinkRequests.userId, user.id));
    expect(left.map((row) => row.id).sort()).toEqual([justExpired, valid].sort());
    expect([longExpired, longUsed].some((id) => left.some((row) => row.id === id))).toBe(false);
  });
});
