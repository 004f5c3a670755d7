import { eq, inArray, sql } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { activityLog, offers, offerStatusHistory, outbox } from "@/db/schema";
import { today } from "@/lib/core/dates/clock";
import { createOfferInState, createStructure, createUser } from "@/test/factories";
import { notifyEndingPublications } from "./publication-ending";
import { recomputeOfferStates } from "./recompute-offer-states";
import { nth, one } from "@/lib/core/rows";

const stale = vi.hoisted(() => ({ ids: [] as (number | undefined)[] }));
vi.mock("@/lib/offers/catalogue/cache", () => ({ expireOfferCacheFromJob: (id?: number) => stale.ids.push(id), expireOfferCache: () => {} }));

afterEach(() => {
  vi.unstubAllEnvs();
});

/** Runs the recomputation at an instant, as the cron would (Paris day of `SSES_NOW`). */
async function runAt(instant: string) {
  vi.stubEnv("SSES_NOW", instant);
  return recomputeOfferStates(db, today());
}

async function stateOf(id: number) {
  const row = one(await db.select({ state: offers.state }).from(offers).where(eq(offers.id, id)));
  return row.state;
}

describe("states follow the dates, in Paris days", () => {
  it("Validée → Publiée on the start day, Publiée → Caduque the day after the end", async () => {
    const structure = await createStructure(db);
    const offer = await createOfferInState(db, structure.id, "VALIDATED", { publicationStart: "2026-06-01", publicationEnd: "2026-06-30" });
    expect(await runAt("2026-05-31T12:00:00Z")).not.toContain(offer.id);
    expect(await stateOf(offer.id)).toBe("VALIDATED");
    expect(await runAt("2026-06-01T08:00:00Z")).toContain(offer.id);
    expect(await stateOf(offer.id)).toBe("PUBLISHED");
    expect(await runAt("2026-06-30T20:00:00Z")).not.toContain(offer.id);
    expect(await stateOf(offer.id)).toBe("PUBLISHED");
    expect(await runAt("2026-07-01T08:00:00Z")).toContain(offer.id);
    expect(await stateOf(offer.id)).toBe("EXPIRED");

    const history = await db.select().from(offerStatusHistory).where(eq(offerStatusHistory.offerId, offer.id)).orderBy(offerStatusHistory.id);
    expect(history.map((h) => [h.fromState, h.toState, h.action, h.actorId])).toEqual([
      ["VALIDATED", "PUBLISHED", "publish", null],
      ["PUBLISHED", "EXPIRED", "expire", null],
    ]);
    const activity = await db
      .select()
      .from(activityLog)
      .where(eq(activityLog.subjectId, String(offer.id)));
    expect(activity.map((a) => a.action).sort()).toEqual(["offer.expired", "offer.published"]);
  });

  it("spring forward (29 March 2026): the start day begins at 00:00 Paris, 23:00 UTC the day before", async () => {
    const structure = await createStructure(db);
    const offer = await createOfferInState(db, structure.id, "VALIDATED", { publicationStart: "2026-03-29", publicationEnd: "2026-04-30" });
    // 28 March, 23:30 in Paris (UTC+1): not yet.
    expect(await runAt("2026-03-28T22:30:00Z")).not.toContain(offer.id);
    // 29 March, 00:30 in Paris: published.
    expect(await runAt("2026-03-28T23:30:00Z")).toContain(offer.id);
    expect(await stateOf(offer.id)).toBe("PUBLISHED");
  });

  it("spring forward: an offer ending on 29 March stays until 23:59 Paris (UTC+2 by then)", async () => {
    const structure = await createStructure(db);
    const offer = await createOfferInState(db, structure.id, "PUBLISHED", { publicationStart: "2026-03-01", publicationEnd: "2026-03-29" });
    expect(await runAt("2026-03-29T21:59:00Z")).not.toContain(offer.id);
    expect(await runAt("2026-03-29T22:00:00Z")).toContain(offer.id);
    expect(await stateOf(offer.id)).toBe("EXPIRED");
  });

  it("fall back (25 October 2026): the 25-hour day ends at 23:00 UTC", async () => {
    const structure = await createStructure(db);
    const endsSaturday = await createOfferInState(db, structure.id, "PUBLISHED", { publicationStart: "2026-10-01", publicationEnd: "2026-10-24" });
    const endsSunday = await createOfferInState(db, structure.id, "PUBLISHED", { publicationStart: "2026-10-01", publicationEnd: "2026-10-25" });
    // Offers of the other tests share the database: look at these two only.
    const mine = (moved: number[]) => moved.filter((id) => id === endsSaturday.id || id === endsSunday.id);
    // 24 October 23:59 in Paris (UTC+2): both still published.
    expect(mine(await runAt("2026-10-24T21:59:00Z"))).toEqual([]);
    // 25 October 00:00 in Paris: the first one has ended.
    expect(mine(await runAt("2026-10-24T22:00:00Z"))).toEqual([endsSaturday.id]);
    // 25 October 23:59 in Paris (UTC+1 since 03:00): the second is still published…
    expect(mine(await runAt("2026-10-25T22:59:00Z"))).toEqual([]);
    // …until midnight.
    expect(mine(await runAt("2026-10-25T23:00:00Z"))).toEqual([endsSunday.id]);
  });

  it("leaves drafts, pending, deleted and already expired offers alone", async () => {
    const structure = await createStructure(db);
    const ids = [
      (await createOfferInState(db, structure.id, "DRAFT", { publicationStart: "2026-01-01", publicationEnd: "2026-01-31" })).id,
      (await createOfferInState(db, structure.id, "PENDING", { publicationStart: "2026-01-01", publicationEnd: "2026-12-31" })).id,
      (await createOfferInState(db, structure.id, "VALIDATED", { publicationStart: "2026-01-01", publicationEnd: "2026-12-31", deletedAt: new Date() })).id,
      (await createOfferInState(db, structure.id, "EXPIRED", { publicationStart: "2026-01-01", publicationEnd: "2026-01-31" })).id,
    ];
    const moved = await runAt("2026-05-15T10:00:00Z");
    expect(moved.filter((id) => ids.includes(id))).toEqual([]);
  });

  it("two runs at once do the work once: one history row per move", async () => {
    const structure = await createStructure(db);
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createOfferInState(db, structure.id, i % 2 ? "VALIDATED" : "PUBLISHED", {
          publicationStart: "2026-04-01",
          publicationEnd: i % 2 ? "2026-09-30" : "2026-04-30",
        }),
      ),
    );
    const ids = created.map((o) => o.id);
    vi.stubEnv("SSES_NOW", "2026-05-15T10:00:00Z");
    const [first, second, third] = await Promise.all([recomputeOfferStates(db, today()), recomputeOfferStates(db, today()), recomputeOfferStates(db, today())]);
    const moved = [...first, ...second, ...third].filter((id) => ids.includes(id));
    expect(moved.sort()).toEqual([...ids].sort());
    const history = await db.select({ offerId: offerStatusHistory.offerId }).from(offerStatusHistory).where(inArray(offerStatusHistory.offerId, ids));
    expect(history).toHaveLength(ids.length);
    // And a run after them has nothing left to do.
    expect((await recomputeOfferStates(db, today())).filter((id) => ids.includes(id))).toEqual([]);
  });
});

describe("« publication ending in 7 days »", () => {
  it("emails the structure's active GESTIONNAIREs once per offer and end date", async () => {
    vi.stubEnv("SSES_NOW", "2026-05-15T10:00:00Z");
    const structure = await createStructure(db);
    const manager = await createUser(db, { structureId: structure.id, permissions: ["GESTIONNAIRE"] });
    const both = await createUser(db, { structureId: structure.id, permissions: ["GESTIONNAIRE", "VALIDEUR"] });
    const validator = await createUser(db, { structureId: structure.id, permissions: ["VALIDEUR"] });
    const frozen = await createUser(db, { structureId: structure.id, permissions: ["GESTIONNAIRE"], frozenAt: new Date() });
    const ending = await createOfferInState(db, structure.id, "PUBLISHED", { publicationStart: "2026-04-01", publicationEnd: "2026-05-22" });
    const later = await createOfferInState(db, structure.id, "PUBLISHED", { publicationStart: "2026-04-01", publicationEnd: "2026-05-23" });

    // Two runs at once, then a third: one notice.
    const counts = await Promise.all([notifyEndingPublications(db, today()), notifyEndingPublications(db, today())]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    await notifyEndingPublications(db, today());

    const sent = await db
      .select({ to: outbox.toEmail, text: outbox.text })
      .from(outbox)
      .where(sql`${outbox.template} = 'publication-ending' and ${outbox.text} like ${`%${ending.id}%`}`);
    expect(sent.map((m) => m.to).sort()).toEqual([manager.email, both.email].sort());
    expect(sent.map((m) => m.to)).not.toContain(validator.email);
    expect(sent.map((m) => m.to)).not.toContain(frozen.email);
    expect(nth(sent, 0).text).toContain("22 mai 2026");
    const notLater = await db
      .select()
      .from(outbox)
      .where(sql`${outbox.template} = 'publication-ending' and ${outbox.text} like ${`%${later.id}%`}`);
    expect(notLater).toEqual([]);

    // Extended: a new end date, a new notice when it comes near.
    await db.update(offers).set({ publicationEnd: "2026-06-10" }).where(eq(offers.id, ending.id));
    vi.stubEnv("SSES_NOW", "2026-06-04T10:00:00Z");
    await notifyEndingPublications(db, today());
    const afterExtension = await db
      .select()
      .from(outbox)
      .where(sql`${outbox.template} = 'publication-ending' and ${outbox.text} like ${`%${ending.id}%`}`);
    expect(afterExtension).toHaveLength(4);
  });
});

describe("runScheduledJobs", () => {
  it("marks the public cache stale for every offer whose state moved", async () => {
    vi.stubEnv("SSES_NOW", "2026-05-15T10:00:00Z");
    const structure = await createStructure(db);
    const offer = await createOfferInState(db, structure.id, "VALIDATED", { publicationStart: "2026-05-15", publicationEnd: "2026-06-30" });
    const { runScheduledJobs } = await import("./run-scheduled-jobs");
    stale.ids = [];
    const report = await runScheduledJobs();
    expect(report.offersMoved).toBeGreaterThanOrEqual(1);
    expect(stale.ids).toContain(offer.id);
  });
});
