import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { availabilityPeriods, offers, type User } from "@/db/schema";
import { createInstitution, createOffer, createStructure, createUser, referenceId } from "@/test/factories";
import { NOW, sessionFor } from "@/test/fixtures/offers";
import { one } from "@/lib/core/rows";
import { actAs } from "@/test/session";

vi.mock("@/lib/offers/catalogue/cache", () => ({ expireOfferCache: () => {}, expireOfferCacheFromJob: () => {} }));
vi.stubEnv("SSES_NOW", NOW);

const a = await import("./actions");
const { getPublicOffer, searchPublicOffers } = await import("./catalogue/queries");
const { EMPTY_FILTERS } = await import("./catalogue/filters");
const { buildOfferSheet } = await import("./sheet/offer-sheet");
const { getDemandSummary, listCohortsForOffer, listOffersForPeriod } = await import("@/lib/availability/matching");

/**
 * « Plage d'accueil » selon le mois (docs/produit.md#plage-daccueil-selon-le-mois), stored through the wizard's
 * action and read by the offer's sheet, the catalogue's month filter, the matching with cohorts and
 * the students-vs-places figures. The offer below receives on Monday mornings and Wednesday
 * afternoons in November 2026, not at all in December, Monday mornings in January 2027.
 */
const TODAY = "2026-05-15";

let manager: User;
let structureId: string;
let monthly: typeof offers.$inferSelect;

beforeAll(async () => {
  structureId = (await createStructure(db, { regionCode: "44", departmentCode: "54" })).id;
  manager = await createUser(db, { structureId, permissions: ["GESTIONNAIRE"] });
  monthly = await createOffer(db, {
    structureId,
    name: "Selon le mois, à Nancy",
    regionCode: "44",
    departmentCode: "54",
    places: 6,
    periodStart: "2026-11-02",
    periodEnd: "2027-01-29",
    weeklySlots: ["1-am", "3-pm"],
    monthlySlots: { "2026-11": ["1-am", "3-pm"], "2026-12": [], "2027-01": ["1-am"] },
    today: TODAY,
  });
});

describe("storing « Plage d'accueil » selon le mois", () => {
  it("saves one grid per month of the period with their union, and back to one grid when unticked", async () => {
    await actAs(manager.id);
    const created = await a.createOfferAction({ values: { name: "Atelier sommeil" } });
    const offerId = created.ok ? created.data.offerId : 0;
    const saved = await a.saveOfferStepAction({
      offerId,
      step: "modalities",
      values: {
        periodStart: "2026-11-02",
        periodEnd: "2027-01-29",
        weeklySlots: ["1-am"],
        slotsVaryByMonth: true,
        monthlySlots: { "2026-12": [], "2027-01": ["2-pm"] },
      },
    });
    expect(saved).toMatchObject({ ok: true });
    const row = async () => one(await db.select().from(offers).where(eq(offers.id, offerId)));
    expect(await row()).toMatchObject({ weeklySlots: ["1-am", "2-pm"], monthlySlots: { "2026-11": ["1-am"], "2026-12": [], "2027-01": ["2-pm"] } });

    expect(
      await a.saveOfferStepAction({ offerId, step: "modalities", values: { periodStart: "2026-11-02", periodEnd: "2027-01-29", weeklySlots: ["4-am"] } }),
    ).toMatchObject({
      ok: true,
    });
    expect(await row()).toMatchObject({ weeklySlots: ["4-am"], monthlySlots: null });
  });

  it("refuses « Adapter selon le mois » without a period, with the message next to its field, and stores nothing", async () => {
    await actAs(manager.id);
    const created = await a.createOfferAction({ values: { name: "Atelier écrans" } });
    const offerId = created.ok ? created.data.offerId : 0;
    const refused = await a.saveOfferStepAction({
      offerId,
      step: "modalities",
      values: { weeklySlots: ["1-am"], slotsVaryByMonth: "on", periodStart: "2026-11-02" },
    });
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    expect(!refused.ok && refused.fieldErrors?.["values.slotsVaryByMonth"]).toEqual([
      "Indiquez le début et la fin de période : une plage par mois de la période apparaîtra",
    ]);
    expect(one(await db.select().from(offers).where(eq(offers.id, offerId)))).toMatchObject({ weeklySlots: [], monthlySlots: null, periodStart: null });
  });

  it("shows an offer saved before grids by month, and one with them, on its public sheet", async () => {
    const single = await createOffer(db, { structureId, regionCode: "44", departmentCode: "88", weeklySlots: ["2-am"], today: TODAY });
    const singleSheet = buildOfferSheet((await getPublicOffer(single.id, TODAY))!);
    expect(singleSheet.monthlyGrid).toBeNull();
    expect(singleSheet.weeklyGrid.find((row) => row.day === 2)).toMatchObject({ morning: true, afternoon: false });

    const sheet = buildOfferSheet((await getPublicOffer(monthly.id, TODAY))!);
    expect(sheet.monthlyGrid?.map((row) => [row.label, row.days.join(",")])).toEqual([
      ["Novembre 2026", "am,,pm,,,,"],
      ["Décembre 2026", ",,,,,,"],
      ["Janvier 2027", "am,,,,,,"],
    ]);
  });
});

describe("reading it", () => {
  it("lists the offer in the catalogue for a month it receives in, not for December", async () => {
    const names = async (month: string) => (await searchPublicOffers({ ...EMPTY_FILTERS, region: "44", month }, TODAY)).cards.map((card) => card.name);
    expect(await names("2026-11")).toContain(monthly.name);
    expect(await names("2027-01")).toContain(monthly.name);
    expect(await names("2026-12")).not.toContain(monthly.name);
  });

  it("meets only cohorts available on a day and half-day it receives, and shares the half-days of their months", async () => {
    const institution = await createInstitution(db, { name: "IFSI de Nancy", departmentCode: "54", regionCode: "44" });
    const period = async (startDate: string, endDate: string, weeklySlots: string[]) =>
      one(
        await db
          .insert(availabilityPeriods)
          .values({
            institutionId: institution.id,
            regionCode: "44",
            disciplineId: await referenceId(db, "DISCIPLINE", "Soins infirmiers"),
            studentCount: 20,
            startDate,
            endDate,
            modality: weeklySlots.length > 0 ? "SPLIT" : "CONTINUOUS",
            weeklySlots: weeklySlots as ("1-am" | "3-pm")[],
            departmentCodes: ["54"],
          })
          .returning(),
      );
    const december = await period("2026-12-01", "2026-12-18", []);
    const novemberMondays = await period("2026-11-02", "2026-11-30", ["1-am"]);
    const wednesdayMornings = await period("2026-11-02", "2027-01-29", ["3-am"]);
    const mondaysToJanuary = await period("2026-12-01", "2027-01-29", ["1-am", "3-pm"]);

    const cohorts = (await listCohortsForOffer(monthly.id, sessionFor(manager, "44")))!;
    expect(cohorts.map((c) => c.id).sort()).toEqual([novemberMondays.id, mondaysToJanuary.id].sort());
    // December and January only: January's Monday mornings; Wednesday afternoons are November's.
    expect(cohorts.find((c) => c.id === mondaysToJanuary.id)?.commonSlots).toEqual(["1-am"]);
    expect(cohorts.map((c) => c.id)).not.toContain(december.id);
    expect(cohorts.map((c) => c.id)).not.toContain(wednesdayMornings.id);

    const offersFor = async (row: typeof december) => (await listOffersForPeriod(row, TODAY)).map((o) => o.name);
    expect(await offersFor(december)).not.toContain(monthly.name);
    expect(await offersFor(novemberMondays)).toContain(monthly.name);
  });

  it("counts its places in the months it receives in, not in December", async () => {
    const summary = await getDemandSummary(
      "44",
      ["2026-11", "2026-12", "2027-01"],
      ["54"],
      { disciplineId: null, institutionId: "00000000-0000-0000-0000-000000000000" },
      TODAY,
    );
    // The only offer of this file in 54: six places in November and January.
    expect(one(summary.rows).cells.map((cell) => cell.places)).toEqual([6, 0, 6]);
  });
});
