import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { digestSends, offerRevisions, offers, outbox, signupRequests, type SignupData } from "@/db/schema";
import { createStructure, createUser } from "@/test/factories";
import { findEmails } from "@/test/mailbox";
import { queueDailyDigests } from "./digests";
import { one } from "@/lib/core/rows";

// 10:00 in Paris (UTC+1 in March).
const NOW = new Date("2026-03-10T09:00:00Z");
const DAY_MS = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

async function pendingOffer(structureId: string, submittedAt: Date, name = "Prévention des écrans") {
  return one(await db.insert(offers).values({ structureId, name, regionCode: "11", state: "PENDING", submittedAt }).returning());
}

async function signupRequest(regionCode: string, createdAt: Date, structureName = "Association Fleur bleue") {
  const data = { structure: { name: structureName, regionCode }, admin: {} } as unknown as SignupData;
  await db.insert(signupRequests).values({ data, regionCode, siren: "732829320", email: `${structureName.length}@test.sses.fr`, structureName, createdAt });
}

beforeEach(async () => {
  // Each test starts with nothing waiting, so the report counts only its own people.
  for (const table of [outbox, digestSends, offerRevisions, offers, signupRequests]) await db.delete(table);
});

describe("queueDailyDigests", () => {
  it("reminds each VALIDEUR of offers waiting for more than two days, once a day", async () => {
    const structure = await createStructure(db, { regionCode: "44" });
    const validator = await createUser(db, { structureId: structure.id, permissions: ["VALIDEUR"] });
    const adminValidator = await createUser(db, { structureId: structure.id, permissions: ["ADMIN", "VALIDEUR"] });
    const manager = await createUser(db, { structureId: structure.id, permissions: ["GESTIONNAIRE"] });
    const old = await pendingOffer(structure.id, ago(3), "Hygiène bucco-dentaire");
    await pendingOffer(structure.id, ago(1), "Trop récente");
    // A revision of a published offer waiting for validation counts too.
    const published = one(
      await db.insert(offers).values({ structureId: structure.id, name: "Offre publiée", regionCode: "44", state: "PUBLISHED" }).returning(),
    );
    await db
      .insert(offerRevisions)
      .values({ offerId: published.id, state: "PENDING", content: { name: "Offre publiée", regionCode: "44" }, submittedAt: ago(5) });

    const report = await queueDailyDigests(NOW);
    expect(report.validatorDigests).toBe(2);

    const email = one(await findEmails({ to: validator.email, template: "validator-digest" }));
    expect(email.subject).toBe("Rappel : 2 offres attendent votre validation");
    expect(email.text).toContain(`Offre n° ${old.id} « Hygiène bucco-dentaire »`);
    expect(email.text).toContain(`Offre n° ${published.id} « Offre publiée »`);
    expect(email.text).not.toContain("Trop récente");
    expect(email.text).toContain("http://localhost:3000/espace/offres");
    expect(email.regionCode).toBe("44");
    expect(await findEmails({ to: adminValidator.email })).toHaveLength(1);
    expect(await findEmails({ to: manager.email })).toHaveLength(0);

    // Later the same Paris day: nothing more. The next day: again.
    expect(await queueDailyDigests(new Date(NOW.getTime() + 12 * 3_600_000))).toEqual({ validatorDigests: 0, adminDigests: 0, adminOfferDigests: 0 });
    expect(await findEmails({ to: validator.email })).toHaveLength(1);
    expect((await queueDailyDigests(new Date(NOW.getTime() + DAY_MS))).validatorDigests).toBe(2);
    expect(await findEmails({ to: validator.email })).toHaveLength(2);
  });

  it("skips frozen and not yet activated validators, and structures with nothing waiting", async () => {
    const structure = await createStructure(db);
    const frozen = await createUser(db, { structureId: structure.id, permissions: ["VALIDEUR"], frozenAt: ago(10) });
    const notActivated = await createUser(db, { structureId: structure.id, permissions: ["VALIDEUR"], passwordHash: null });
    await pendingOffer(structure.id, ago(4));
    const idle = await createUser(db, { permissions: ["VALIDEUR"] });
    await queueDailyDigests(NOW);
    for (const user of [frozen, notActivated, idle]) expect(await findEmails({ to: user.email })).toHaveLength(0);
  });

  it("reminds regional admins of sign-up requests waiting in their région only", async () => {
    const idf = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11", firstName: "Sacha" });
    const grandEst = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
    await signupRequest("11", ago(2), "Collège Jean Moulin");
    await signupRequest("11", ago(0.1), "Toute récente");

    expect((await queueDailyDigests(NOW)).adminDigests).toBe(1);
    const email = one(await findEmails({ to: idf.email, template: "admin-signup-digest" }));
    expect(email.subject).toBe("Rappel : 1 demande de compte offreur attend votre décision");
    expect(email.text).toContain("Bonjour Sacha");
    expect(email.text).toContain("Collège Jean Moulin");
    expect(email.text).not.toContain("Toute récente");
    expect(email.text).toContain("http://localhost:3000/admin/demandes");
    expect(await findEmails({ to: grandEst.email })).toHaveLength(0);
  });

  it("queues one digest per person even when two cron runs overlap", async () => {
    const structure = await createStructure(db);
    const validator = await createUser(db, { structureId: structure.id, permissions: ["VALIDEUR"] });
    await pendingOffer(structure.id, ago(3));
    const reports = await Promise.all([queueDailyDigests(NOW), queueDailyDigests(NOW), queueDailyDigests(NOW)]);
    expect(reports.reduce((sum, r) => sum + r.validatorDigests, 0)).toBe(1);
    expect(await findEmails({ to: validator.email })).toHaveLength(1);
    expect(await db.select().from(digestSends).where(eq(digestSends.userId, validator.id))).toEqual([
      expect.objectContaining({ kind: "validator", day: "2026-03-10" }),
    ]);
  });

  it("waits for the morning (Paris time)", async () => {
    const structure = await createStructure(db);
    const validator = await createUser(db, { structureId: structure.id, permissions: ["VALIDEUR"] });
    await pendingOffer(structure.id, ago(3));
    // 06:30 in Paris.
    expect(await queueDailyDigests(new Date("2026-03-10T05:30:00Z"))).toEqual({ validatorDigests: 0, adminDigests: 0, adminOfferDigests: 0 });
    expect(await findEmails({ to: validator.email })).toHaveLength(0);
  });
});
