import { and, asc, eq, gte, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import {
  activityLog,
  availabilityPeriods,
  faqEntries,
  institutions,
  offerRevisions,
  offers,
  offerStatusHistory,
  outbox,
  signupRequests,
  structures,
  users,
} from "@/db/schema";
import { verifyPassword } from "@/lib/core/auth/password-hash";
import { addDays, parisToday } from "./calendar";
import { seedDemoData, type DemoSeedResult } from "./demo";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";
import { DEMO_CONTACT_EMAILS } from "./region-settings";
import { normalizePhone } from "@/lib/core/validation/phone";
import { isValidSiren } from "@/lib/core/validation/siren";
import { HISTORY_ACTION_LABELS } from "@/lib/offers/labels";
import { getRegionSettings } from "@/lib/regions/settings";
import { CURRENT_TERMS_VERSION } from "@/lib/users/terms";
import { nth, one } from "@/lib/core/rows";

const today = parisToday();
let result: DemoSeedResult;

beforeAll(async () => {
  const started = Date.now();
  result = await seedDemoData(db, { today });
  // `npm start` seeds on first run, so it must stay quick (docs/produit.md#donnees-de-demonstration).
  expect(Date.now() - started).toBeLessThan(5_000);
});

describe("seedDemoData", () => {
  it("returns the counts of what it inserted", async () => {
    const { offerCount } = one(await db.select({ offerCount: sql<number>`count(*)::int` }).from(offers));
    const { structureCount } = one(await db.select({ structureCount: sql<number>`count(*)::int` }).from(structures));
    const { userCount } = one(await db.select({ userCount: sql<number>`count(*)::int` }).from(users));
    expect(result).toEqual({ offers: offerCount, structures: structureCount, users: userCount });
    expect(result.structures).toBeGreaterThanOrEqual(12);
  });

  it("publishes at least 60 offers whose publication dates contain today, in both régions", async () => {
    const visible = await db
      .select({ regionCode: offers.regionCode, structureId: offers.structureId })
      .from(offers)
      .where(and(eq(offers.state, "PUBLISHED"), isNull(offers.deletedAt), lte(offers.publicationStart, today), gte(offers.publicationEnd, today)));
    expect(visible.length).toBeGreaterThanOrEqual(60);
    expect(new Set(visible.map((offer) => offer.regionCode))).toEqual(new Set(["11", "44"]));
    expect(new Set(visible.map((offer) => offer.structureId)).size).toBeGreaterThanOrEqual(12);
  });

  it("has offers in every state, soft-deleted ones, and complete content outside drafts", async () => {
    const rows = await db.select().from(offers);
    const live = rows.filter((offer) => offer.deletedAt === null);
    expect(new Set(live.map((offer) => offer.state))).toEqual(new Set(["DRAFT", "PENDING", "VALIDATED", "PUBLISHED", "EXPIRED"]));
    expect(rows.filter((offer) => offer.deletedAt !== null).length).toBeGreaterThanOrEqual(2);
    for (const offer of rows.filter((candidate) => candidate.state !== "DRAFT")) {
      expect(offer.themeIds.length, offer.name).toBeGreaterThan(0);
      expect(offer.targetPublicIds.length, offer.name).toBeGreaterThan(0);
      expect(offer.weeklySlots.length, offer.name).toBeGreaterThan(0);
      for (const field of [
        "places",
        "hostSiteName",
        "street",
        "communeCode",
        "departmentCode",
        "fieldTypeId",
        "referentEmail",
        "localReferentName",
        "applicationEmail",
        "careModalities",
        "periodKind",
        "periodStart",
        "periodEnd",
        "requiredDocuments",
        "publicationStart",
        "publicationEnd",
      ] as const) {
        expect(offer[field], `${offer.name}: ${field}`).not.toBeNull();
      }
      expect(offer.description.length).toBeLessThanOrEqual(1000);
    }
    for (const offer of live.filter((candidate) => candidate.state === "VALIDATED")) expect(offer.publicationStart! > today).toBe(true);
    for (const offer of live.filter((candidate) => candidate.state === "EXPIRED")) expect(offer.publicationEnd! < today).toBe(true);
    expect(rows.some((offer) => /hôpita/i.test(offer.description))).toBe(true);
  });

  it("records a history that ends in each offer's state", async () => {
    const history = await db.select().from(offerStatusHistory).orderBy(asc(offerStatusHistory.createdAt), asc(offerStatusHistory.id));
    const rows = await db.select({ id: offers.id, state: offers.state }).from(offers);
    const last = new Map(history.map((change) => [change.offerId, change.toState]));
    for (const offer of rows) expect(last.get(offer.id)).toBe(offer.state);
    expect(history.some((change) => change.action === "send_back" && change.comment)).toBe(true);
    // Every action has its French label in the offer's history (no raw code word on screen).
    for (const change of history) expect(HISTORY_ACTION_LABELS[change.action], change.action).toBeDefined();
    const revisions = await db.select().from(offerRevisions).where(eq(offerRevisions.state, "PENDING"));
    expect(revisions.length).toBeGreaterThanOrEqual(2);
    const { entries } = one(await db.select({ entries: sql<number>`count(*)::int` }).from(activityLog));
    expect(entries).toBeGreaterThan(rows.length);
  });

  it("creates every demo account with its kind, permissions and home", async () => {
    const demo = await db.query.structures.findFirst({ where: eq(structures.name, "Association Prévention Jeunesse 93") });
    expect(demo).toBeDefined();
    for (const account of Object.values(DEMO_ACCOUNTS)) {
      const user = await db.query.users.findFirst({ where: eq(users.email, account.email) });
      expect(user, account.email).toBeDefined();
      expect(user!.kind).toBe(account.kind);
      expect([...user!.permissions].sort()).toEqual([...account.permissions].sort());
      expect(user!.termsAcceptedAt).not.toBeNull();
      // The CGU in force: the demo never asks to accept them again.
      expect(user!.termsVersion).toBe(CURRENT_TERMS_VERSION);
      expect(user!.frozenAt !== null).toBe(account.key === "frozen");
      if (account.kind === "OFFERER" && account.key !== "inspector" && account.key !== "schoolManager") expect(user!.structureId).toBe(demo!.id);
      if (account.kind === "INSTITUTION") expect(user!.institutionId).not.toBeNull();
    }
    for (const { phone } of await db.select({ phone: users.phone }).from(users)) expect(normalizePhone(phone!)).toBe(phone);
    const admins = await db.select({ regionCode: users.regionCode }).from(users).where(eq(users.kind, "REGIONAL_ADMIN"));
    expect(admins.map((admin) => admin.regionCode).sort()).toEqual(["11", "44"]);
    const validator = await db.query.users.findFirst({ where: eq(users.email, DEMO_ACCOUNTS.validator.email) });
    expect(await verifyPassword(validator!.passwordHash!, DEMO_PASSWORD)).toBe(true);
    const pending = await db
      .select({ id: offers.id })
      .from(offers)
      .where(and(eq(offers.structureId, demo!.id), eq(offers.state, "PENDING"), isNull(offers.deletedAt)));
    expect(pending.length).toBeGreaterThanOrEqual(3);
  });

  it("gives every structure valid SIRENs and at least one active ADMIN", async () => {
    const rows = await db.select({ id: structures.id, siren: structures.siren }).from(structures);
    for (const structure of rows) {
      expect(isValidSiren(structure.siren), structure.siren).toBe(true);
      const admins = await db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.structureId, structure.id), isNull(users.frozenAt), sql`'ADMIN' = any(${users.permissions})`));
      expect(admins.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("declares availability periods across the coming months", async () => {
    const periods = await db.select().from(availabilityPeriods);
    const byInstitution = new Map<string, typeof periods>();
    for (const period of periods) byInstitution.set(period.institutionId, [...(byInstitution.get(period.institutionId) ?? []), period]);
    const { institutionCount } = one(await db.select({ institutionCount: sql<number>`count(*)::int` }).from(institutions));
    expect(byInstitution.size).toBe(institutionCount);
    for (const list of byInstitution.values()) expect(list.length).toBeGreaterThanOrEqual(3);
    for (let month = 0; month < 5; month++) {
      const from = addDays(today, month * 30);
      const to = addDays(from, 29);
      expect(
        periods.some((period) => period.startDate <= to && period.endDate >= from),
        `mois ${month}`,
      ).toBe(true);
    }
  });

  it("fills the admins' queues, the FAQ and the mailbox", async () => {
    const signups = await db.select({ status: signupRequests.status, regionCode: signupRequests.regionCode }).from(signupRequests);
    for (const region of ["11", "44"])
      expect(signups.filter((signup) => signup.status === "PENDING" && signup.regionCode === region).length).toBeGreaterThanOrEqual(2);
    expect(new Set(signups.map((signup) => signup.status))).toEqual(new Set(["PENDING", "ACCEPTED", "REFUSED"]));
    expect((await db.select().from(faqEntries)).length).toBeGreaterThan(0);
    expect((await db.select().from(outbox).where(isNotNull(outbox.sentAt))).length).toBeGreaterThan(0);
  });

  it("sets Grand Est to « par l'ARS » with two offers waiting for the ARS; Île-de-France keeps « par les valideurs »", async () => {
    const { countWaitingByValidator, listOffersToValidate } = await import("@/lib/offers/admin/queue");
    expect(await getRegionSettings("44")).toMatchObject({ offerValidation: "ARS" });
    expect(await getRegionSettings("11")).toMatchObject({ offerValidation: "STRUCTURE" });
    const queue = await listOffersToValidate("44");
    expect(queue).toHaveLength(2);
    expect(nth(queue, 0).waitingSince.getTime()).toBeLessThanOrEqual(nth(queue, 1).waitingSince.getTime());
    // What was sent before the switch stays with the structures' VALIDEURs.
    expect((await countWaitingByValidator("44")).STRUCTURE).toBeGreaterThan(0);
    expect(await countWaitingByValidator("11")).toMatchObject({ ARS: 0 });
  });

  it("gives both régions an ARS contact address, named in the sign-up email", async () => {
    for (const [region, address] of Object.entries(DEMO_CONTACT_EMAILS)) expect((await getRegionSettings(region)).contactEmail).toBe(address);
    const received = one(await db.select({ text: outbox.text }).from(outbox).where(eq(outbox.template, "signup-received")));
    expect(received.text).toContain("à l'adresse suivante : ars-");
  });

  it("refuses to run on a database that already has structures", async () => {
    await expect(seedDemoData(db, { today })).rejects.toThrow(/déjà des structures/);
    const { structureCount } = one(await db.select({ structureCount: sql<number>`count(*)::int` }).from(structures));
    expect(structureCount).toBe(result.structures);
  });
});
