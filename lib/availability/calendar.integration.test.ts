import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { availabilityPeriods, institutions, type NewUser } from "@/db/schema";
import { createInstitution, createOffer, createStructure, createUser, referenceId } from "@/test/factories";
import { sessionFor } from "@/test/fixtures/offers";
import { actAs, setSession } from "@/test/session";
import { today } from "@/lib/core/dates/clock";
import { nth, one } from "@/lib/core/rows";

const { listCalendarPeriods, listCalendarPeriodsForExport, CALENDAR_PAGE_SIZE } = await import("./calendar");
const { parseCalendarFilters } = await import("./calendar-filters");
const { getDemandSummary, listCohortsForOffer, listOffersForPeriod } = await import("./matching");
const { calendarExportResponse } = await import("./exports");

type PeriodOverrides = Partial<typeof availabilityPeriods.$inferInsert>;
async function period(institution: { id: string; regionCode: string }, overrides: PeriodOverrides = {}) {
  return one(
    await db
      .insert(availabilityPeriods)
      .values({
        institutionId: institution.id,
        regionCode: institution.regionCode,
        disciplineId: await referenceId(db, "DISCIPLINE", "Médecine"),
        studentCount: 30,
        startDate: "2026-05-04",
        endDate: "2026-05-29",
        modality: "SPLIT",
        weeklySlots: ["2-am", "4-pm"],
        departmentCodes: ["93"],
        ...overrides,
      })
      .returning(),
  );
}

const filters = (params: Record<string, string> = {}) => parseCalendarFilters({ mois: "2026-05", ...params }, "2026-04-20");

let ufr: typeof institutions.$inferSelect;
let ifsi: typeof institutions.$inferSelect;
let closed: typeof institutions.$inferSelect;
let strasbourg: typeof institutions.$inferSelect;
let nursing: number;
let ids: Record<string, string>;

beforeAll(async () => {
  nursing = await referenceId(db, "DISCIPLINE", "Soins infirmiers");
  ufr = await createInstitution(db, { name: "A – UFR de médecine", departmentCode: "75", regionCode: "11" });
  ifsi = await createInstitution(db, { name: "B – IFSI de Bobigny", departmentCode: "93", regionCode: "11" });
  closed = await createInstitution(db, { name: "C – Institut fermé", departmentCode: "92", regionCode: "11", isActive: false });
  strasbourg = await createInstitution(db, { name: "D – IFSI de Strasbourg", departmentCode: "67", regionCode: "44" });
  ids = {
    may: (await period(ufr)).id,
    aprilToMay: (await period(ufr, { startDate: "2026-04-20", endDate: "2026-05-05", modality: "CONTINUOUS", weeklySlots: [], departmentCodes: ["75"] })).id,
    june: (await period(ufr, { startDate: "2026-06-01", endDate: "2026-06-30" })).id,
    nursingWholeRegion: (await period(ifsi, { disciplineId: nursing, departmentCodes: [], studentCount: 50 })).id,
    closedInstitution: (await period(closed)).id,
    otherRegion: (await period(strasbourg, { departmentCodes: ["67"] })).id,
  };
});

describe("listCalendarPeriods", () => {
  it("shows the région's periods overlapping the month, of active institutions only", async () => {
    const page = await listCalendarPeriods("11", filters());
    // By institution, discipline, then start date.
    expect(page.periods.map((p) => p.id)).toEqual([ids.aprilToMay, ids.may, ids.nursingWholeRegion]);
    expect(page.total).toBe(3);
    expect((await listCalendarPeriods("44", filters())).periods.map((p) => p.id)).toEqual([ids.otherRegion]);
    expect((await listCalendarPeriods("11", filters({ mois: "2026-04" }))).periods.map((p) => p.id)).toEqual([ids.aprilToMay]);
  });

  it("filters by discipline, institution and département (a period without départements covers the whole région)", async () => {
    expect((await listCalendarPeriods("11", filters({ discipline: String(nursing) }))).periods.map((p) => p.id)).toEqual([ids.nursingWholeRegion]);
    expect((await listCalendarPeriods("11", filters({ etablissement: ifsi.id }))).periods.map((p) => p.id)).toEqual([ids.nursingWholeRegion]);
    expect((await listCalendarPeriods("11", filters({ departement: "75" }))).periods.map((p) => p.id).sort()).toEqual(
      [ids.aprilToMay, ids.nursingWholeRegion].sort(),
    );
    // Another région's institution in the URL shows nothing rather than leaking it.
    expect((await listCalendarPeriods("11", filters({ etablissement: strasbourg.id }))).total).toBe(0);
  });

  it("falls back to the current month on a bad month and to the last page on an absurd page", async () => {
    expect(parseCalendarFilters({ mois: "2026-13" }, "2026-05-10").month).toBe("2026-05");
    const page = await listCalendarPeriods("11", filters({ page: "999" }));
    expect(page).toMatchObject({ page: 1, pageCount: 1, total: 3 });
    expect(CALENDAR_PAGE_SIZE).toBeGreaterThan(3);
  });
});

describe("meeting points", () => {
  it("lists the cohorts meeting an offer, for its structure's users and its région's admins only", async () => {
    const structure = await createStructure(db, { regionCode: "11", departmentCode: "93" });
    const offer = await createOffer(db, {
      structureId: structure.id,
      departmentCode: "93",
      periodStart: "2026-05-15",
      periodEnd: "2026-06-15",
      weeklySlots: ["2-am", "5-am"],
    });
    const member = sessionFor(await createUser(db, { kind: "OFFERER", structureId: structure.id }), "11");
    const cohorts = await listCohortsForOffer(offer.id, member);
    expect(cohorts?.map((c) => c.id).sort()).toEqual([ids.may, ids.june, ids.nursingWholeRegion].sort());
    expect(cohorts?.find((c) => c.id === ids.may)?.commonSlots).toEqual(["2-am"]);

    const stranger = sessionFor(await createUser(db, { kind: "OFFERER" }), "11");
    const admin = sessionFor(await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" } as NewUser), "11");
    const foreignAdmin = sessionFor(await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" } as NewUser), "44");
    const institutionUser = sessionFor(await createUser(db, { kind: "INSTITUTION", institutionId: ufr.id }), "11");
    expect(await listCohortsForOffer(offer.id, stranger)).toBeNull();
    expect(await listCohortsForOffer(offer.id, foreignAdmin)).toBeNull();
    expect(await listCohortsForOffer(offer.id, institutionUser)).toBeNull();
    expect((await listCohortsForOffer(offer.id, admin))?.length).toBe(3);
    expect(await listCohortsForOffer(-1, admin)).toBeNull();
  });

  it("lists the published offers a period meets", async () => {
    const structure = await createStructure(db, { regionCode: "11" });
    const today = "2026-04-20";
    const meets = await createOffer(db, {
      structureId: structure.id,
      name: "Dans le 93, en mai",
      departmentCode: "93",
      periodStart: "2026-05-20",
      periodEnd: "2026-07-01",
      today,
    });
    await createOffer(db, {
      structureId: structure.id,
      name: "Dans le 75",
      departmentCode: "75",
      periodStart: "2026-05-20",
      periodEnd: "2026-07-01",
      today,
    });
    await createOffer(db, {
      structureId: structure.id,
      name: "Trop tard",
      departmentCode: "93",
      periodStart: "2026-06-01",
      periodEnd: "2026-07-01",
      today,
    });
    await createOffer(db, {
      structureId: structure.id,
      name: "Brouillon",
      state: "DRAFT",
      departmentCode: "93",
      periodStart: "2026-05-20",
      periodEnd: "2026-07-01",
      today,
    });
    const cohort = {
      regionCode: "11",
      startDate: "2026-05-04",
      endDate: "2026-05-29",
      departmentCodes: ["93"],
      modality: "CONTINUOUS" as const,
      weeklySlots: [],
      excludedDates: [],
    };
    const offers = await listOffersForPeriod(cohort, today);
    expect(offers.map((o) => o.name)).toContain(meets.name);
    expect(offers.map((o) => o.name)).not.toEqual(expect.arrayContaining(["Dans le 75"]));
    expect(offers.map((o) => o.name)).not.toContain("Trop tard");
    expect(offers.map((o) => o.name)).not.toContain("Brouillon");
  });

  it("sums students declared and places offered per département and month", async () => {
    const summary = await getDemandSummary("11", ["2026-05", "2026-06"], ["75", "93"], { disciplineId: null, institutionId: null }, "2026-04-20");
    const cell = (department: string, index: number) => nth(summary.rows.find((row) => row.departmentCode === department)!.cells, index);
    // May, 93: the UFR's May period (30) + the IFSI's whole-région period counted in its own département (50).
    expect(cell("93", 0).students).toBe(80);
    expect(cell("75", 0).students).toBe(30); // the April–May period listing 75
    expect(cell("93", 1).students).toBe(30); // June
    expect(cell("93", 0).places).toBeGreaterThanOrEqual(4);
  });
});

describe("public holidays and excluded dates are never available", () => {
  // 1 January 2027 is a Friday, Good Friday 2027 is 26 March (a holiday in 57, 67 and 68 only).
  it("keeps a cohort available only on holidays or excluded days out of the students-vs-places figures", async () => {
    const colmar = await createInstitution(db, { name: "E – IFSI de Colmar", departmentCode: "68", regionCode: "44" });
    await period(colmar, { startDate: "2027-01-01", endDate: "2027-01-01", modality: "CONTINUOUS", weeklySlots: [], departmentCodes: ["68"], studentCount: 7 });
    await period(colmar, {
      startDate: "2027-03-26",
      endDate: "2027-03-26",
      modality: "CONTINUOUS",
      weeklySlots: [],
      departmentCodes: ["68", "54"],
      studentCount: 11,
    });
    await period(colmar, {
      startDate: "2027-02-01",
      endDate: "2027-02-03",
      modality: "CONTINUOUS",
      weeklySlots: [],
      departmentCodes: ["68"],
      excludedDates: ["2027-02-01", "2027-02-02", "2027-02-03"],
      studentCount: 13,
    });
    const summary = await getDemandSummary(
      "44",
      ["2027-01", "2027-02", "2027-03"],
      ["54", "68"],
      { disciplineId: null, institutionId: colmar.id },
      "2026-04-20",
    );
    const students = (department: string) => summary.rows.find((row) => row.departmentCode === department)!.cells.map((cell) => cell.students);
    expect(students("68")).toEqual([0, 0, 0]);
    expect(students("54")).toEqual([0, 0, 11]);
  });

  it("leaves out of the places an offer whose days in a month are all public holidays of its département", async () => {
    const offerIn = async (departmentCode: string, name: string, periodStart: string, periodEnd: string, places: number) => {
      const structure = await createStructure(db, { regionCode: "44", departmentCode });
      // No « Plage d'accueil »: every day of the period is a reception day, only holidays leave it out.
      await createOffer(db, {
        structureId: structure.id,
        name,
        regionCode: "44",
        departmentCode,
        periodStart,
        periodEnd,
        places,
        weeklySlots: [],
        today: "2026-04-20",
      });
    };
    // Good Friday 2027 (26 March) is a holiday in 68, not in 54; 1 January everywhere; 24 December is an ordinary day.
    await offerIn("68", "Vendredi saint à Colmar", "2027-03-26", "2027-03-26", 3);
    await offerIn("54", "Vendredi saint à Nancy", "2027-03-26", "2027-03-26", 5);
    await offerIn("68", "Autour du Nouvel An", "2026-12-24", "2027-01-01", 7);
    const summary = await getDemandSummary(
      "44",
      ["2026-12", "2027-01", "2027-03"],
      ["54", "68"],
      { disciplineId: null, institutionId: "00000000-0000-0000-0000-000000000000" },
      "2026-04-20",
    );
    const places = (department: string) => summary.rows.find((row) => row.departmentCode === department)!.cells.map((cell) => cell.places);
    expect(places("68")).toEqual([7, 0, 0]);
    expect(places("54")).toEqual([0, 0, 5]);
  });

  it("does not match an offer with a cohort whose only common days are holidays", async () => {
    const structure = await createStructure(db, { regionCode: "44", departmentCode: "67" });
    const offer = await createOffer(db, {
      structureId: structure.id,
      name: "À Strasbourg, autour du Nouvel An",
      regionCode: "44",
      departmentCode: "67",
      periodStart: "2026-12-24",
      periodEnd: "2027-01-01",
      today: "2026-04-20",
    });
    const cohort = (startDate: string, endDate: string) => ({
      regionCode: "44",
      startDate,
      endDate,
      departmentCodes: ["67"],
      modality: "CONTINUOUS" as const,
      weeklySlots: [],
      excludedDates: ["2026-12-30", "2026-12-31"],
    });
    const names = async (startDate: string, endDate: string) => (await listOffersForPeriod(cohort(startDate, endDate), "2026-04-20")).map((o) => o.name);
    // 25 and 26 December (Saint-Étienne, in Alsace), 1 January: holidays; 30 and 31 December excluded.
    expect(await names("2026-12-25", "2026-12-26")).not.toContain(offer.name);
    expect(await names("2026-12-30", "2027-01-05")).not.toContain(offer.name);
    expect(await names("2026-12-29", "2027-01-05")).toContain(offer.name);

    const member = sessionFor(await createUser(db, { kind: "OFFERER", structureId: structure.id }), "44");
    const holidaysOnly = await period(strasbourg, {
      startDate: "2026-12-25",
      endDate: "2026-12-26",
      modality: "CONTINUOUS",
      weeklySlots: [],
      departmentCodes: ["67"],
    });
    const workingDay = await period(strasbourg, {
      startDate: "2026-12-28",
      endDate: "2026-12-28",
      modality: "CONTINUOUS",
      weeklySlots: [],
      departmentCodes: [],
    });
    const cohorts = (await listCohortsForOffer(offer.id, member))!.map((c) => c.id);
    expect(cohorts).toContain(workingDay.id);
    expect(cohorts).not.toContain(holidaysOnly.id);
  });
});

describe("exports", () => {
  const request = (query: string) => new Request(`http://localhost/admin/calendrier/export.csv?${query}`);

  it("refuses anonymous visitors and users without the capabilities", async () => {
    setSession(null);
    expect((await calendarExportResponse(request("mois=2026-05"), "csv", ["calendar.view"])).status).toBe(401);
    await actAs((await createUser(db, { kind: "INSTITUTION", institutionId: ufr.id })).id);
    expect((await calendarExportResponse(request("mois=2026-05"), "csv", ["calendar.view", "admin.dashboard"])).status).toBe(403);
  });

  it("exports the filtered month of the caller's région as CSV and iCalendar", async () => {
    await actAs((await createUser(db, { kind: "OFFERER" })).id);
    const csv = await calendarExportResponse(request("mois=2026-05&departement=75"), "csv", ["calendar.view"]);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toContain("disponibilites-2026-05.csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(text).not.toContain("Strasbourg");

    const ics = await calendarExportResponse(request("mois=2026-13"), "ics", ["calendar.view"]);
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    // « 2026-13 » is not a month: the current one is exported, never an error.
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-disposition")).toContain(`disponibilites-${today().slice(0, 7)}.ics`);
    expect(new ICAL.Component(ICAL.parse(await ics.text())).name).toBe("vcalendar");

    const may = new ICAL.Component(ICAL.parse(await (await calendarExportResponse(request("mois=2026-05"), "ics", ["calendar.view"])).text()));
    const uids = may.getAllSubcomponents("vevent").map((event) => String(event.getFirstPropertyValue("uid")));
    expect(uids.sort()).toEqual([ids.may, ids.aprilToMay, ids.nursingWholeRegion].map((id) => `disponibilite-${id}@localhost`).sort());
    expect(await listCalendarPeriodsForExport("11", filters())).toHaveLength(3);
  });
});
