import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { availabilityPeriods, institutions, type User } from "@/db/schema";
import { createInstitution, createUser, referenceId } from "@/test/factories";
import { actAs, setSession } from "@/test/session";

const { addExcludedDateAction, createPeriodAction, deletePeriodAction, duplicatePeriodAction, removeExcludedDateAction, updatePeriodAction } =
  await import("./actions");
const { listInstitutionPeriods, getInstitutionPeriod } = await import("./queries");

let medicine: number;
/** Logs in as `user`, or out. */
const act = (user: User | null) => (user ? actAs(user.id) : setSession(null));
const periodInput = () => ({
  disciplineId: String(medicine),
  promotion: "DFGSM3",
  studentCount: "40",
  startDate: "2026-05-04",
  endDate: "2026-05-29",
  modality: "SPLIT" as const,
  weeklySlots: ["2-am", "4-pm"],
  departmentCodes: ["75", "93"],
  comment: "Examens la dernière semaine",
});

async function periodRow(id: string) {
  // Possibly undefined: a deleted period is looked for too.
  return (await db.select().from(availabilityPeriods).where(eq(availabilityPeriods.id, id)))[0];
}

describe("availability periods: who may touch what", () => {
  let own: User;
  let periodId: string;
  let actors: Record<"otherInstitution" | "offerer" | "regionalAdmin" | "anonymous", User | null>;

  beforeEach(async () => {
    medicine = await referenceId(db, "DISCIPLINE", "Médecine");
    const institution = await createInstitution(db, { departmentCode: "75", regionCode: "11" });
    own = await createUser(db, { kind: "INSTITUTION", institutionId: institution.id });
    const otherInstitution = await createInstitution(db, { departmentCode: "93", regionCode: "11" });
    actors = {
      otherInstitution: await createUser(db, { kind: "INSTITUTION", institutionId: otherInstitution.id }),
      offerer: await createUser(db, { kind: "OFFERER", permissions: ["ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"] }),
      regionalAdmin: await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" }),
      anonymous: null,
    };
    await actAs(own.id);
    const created = await createPeriodAction(periodInput());
    if (!created.ok) throw new Error(JSON.stringify(created));
    periodId = created.data.id;
  });

  it("lets the institution user create, edit, exclude dates, duplicate and delete their own period", async () => {
    const row = await periodRow(periodId);
    expect(row).toMatchObject({ studentCount: 40, weeklySlots: ["2-am", "4-pm"], departmentCodes: ["75", "93"], regionCode: "11", createdById: own.id });

    expect(await updatePeriodAction({ ...periodInput(), periodId, studentCount: "45", endDate: "2026-05-20" })).toMatchObject({ ok: true });
    expect(await addExcludedDateAction({ periodId, date: "2026-05-14" })).toMatchObject({ ok: true });
    expect(await addExcludedDateAction({ periodId, date: "2026-05-05" })).toMatchObject({ ok: true });
    expect((await periodRow(periodId))?.excludedDates).toEqual(["2026-05-05", "2026-05-14"]);
    expect(await removeExcludedDateAction({ periodId, date: "2026-05-14" })).toMatchObject({ ok: true });
    expect((await periodRow(periodId))?.excludedDates).toEqual(["2026-05-05"]);

    const copy = await duplicatePeriodAction({ periodId });
    expect(copy.ok).toBe(true);
    const copyId = copy.ok ? copy.data.id : "";
    expect(await periodRow(copyId)).toMatchObject({ studentCount: 45, promotion: "DFGSM3 (copie)", excludedDates: ["2026-05-05"] });
    // Same discipline, same dates: allowed, but flagged on both.
    const listed = await listInstitutionPeriods(own.institutionId!);
    expect(listed.map((p) => p.overlaps.map((o) => o.id))).toEqual(expect.arrayContaining([[copyId], [periodId]]));

    expect(await deletePeriodAction({ periodId: copyId })).toMatchObject({ ok: true });
    expect(await periodRow(copyId)).toBeUndefined();
  });

  it("excludes a range « Du … Au … » as one entry, and removes it as one", async () => {
    expect(await addExcludedDateAction({ periodId, date: "2026-05-11", endDate: "2026-05-22" })).toMatchObject({ ok: true });
    expect(await addExcludedDateAction({ periodId, date: "2026-05-05", endDate: "" })).toMatchObject({ ok: true });
    // Overlapping an existing range adds only the new days.
    expect(await addExcludedDateAction({ periodId, date: "2026-05-20", endDate: "2026-05-25" })).toMatchObject({ ok: true });
    const stored = (await periodRow(periodId))?.excludedDates ?? [];
    expect(stored).toHaveLength(1 + 15);
    expect(stored.at(0)).toBe("2026-05-05");
    expect(stored.at(-1)).toBe("2026-05-25");
    expect(await removeExcludedDateAction({ periodId, date: "2026-05-11", endDate: "2026-05-25" })).toMatchObject({ ok: true });
    expect((await periodRow(periodId))?.excludedDates).toEqual(["2026-05-05"]);
  });

  it("refuses a range ending before it starts or outside the period, next to the field at fault", async () => {
    const attempts = {
      endBeforeStart: await addExcludedDateAction({ periodId, date: "2026-05-20", endDate: "2026-05-11" }),
      beforePeriod: await addExcludedDateAction({ periodId, date: "2026-04-27", endDate: "2026-05-08" }),
      afterPeriod: await addExcludedDateAction({ periodId, date: "2026-05-25", endDate: "2026-06-05" }),
      wholeRangeAfter: await addExcludedDateAction({ periodId, date: "2026-06-01", endDate: "2026-06-05" }),
      notADate: await addExcludedDateAction({ periodId, date: "2026-02-30", endDate: "demain" }),
    };
    expect(attempts.endBeforeStart).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { endDate: ["La date « Au » doit être le même jour ou après la date « Du »"] },
    });
    expect(attempts.beforePeriod).toMatchObject({ ok: false, fieldErrors: { date: [expect.stringContaining("avant le début de la période")] } });
    expect(attempts.afterPeriod).toMatchObject({ ok: false, fieldErrors: { endDate: [expect.stringContaining("après la fin de la période")] } });
    expect(attempts.wholeRangeAfter).toMatchObject({ ok: false, fieldErrors: { date: [expect.stringContaining("après la fin de la période")] } });
    expect(attempts.notADate).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { date: [expect.any(String)], endDate: [expect.any(String)] } });
    expect((await periodRow(periodId))?.excludedDates).toEqual([]);
  });

  it("drops excluded dates that an edit leaves outside the period", async () => {
    await addExcludedDateAction({ periodId, date: "2026-05-26" });
    await updatePeriodAction({ ...periodInput(), periodId, endDate: "2026-05-22" });
    expect((await periodRow(periodId))?.excludedDates).toEqual([]);
  });

  it.each(["otherInstitution", "offerer", "regionalAdmin", "anonymous"] as const)("refuses every write to %s and changes 0 rows", async (who) => {
    const before = await periodRow(periodId);
    const totalBefore = await db.$count(availabilityPeriods);
    await act(actors[who]);
    const attempts = [
      await updatePeriodAction({ ...periodInput(), periodId, studentCount: "1" }),
      await addExcludedDateAction({ periodId, date: "2026-05-07" }),
      await removeExcludedDateAction({ periodId, date: "2026-05-07" }),
      await duplicatePeriodAction({ periodId }),
      await deletePeriodAction({ periodId }),
    ];
    for (const result of attempts) {
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.code).toMatch(who === "anonymous" ? /UNAUTHENTICATED/ : who === "otherInstitution" ? /NOT_FOUND/ : /FORBIDDEN/);
    }
    expect(await periodRow(periodId))?.toEqual(before);
    expect(await db.$count(availabilityPeriods)).toBe(totalBefore);
    if (who === "otherInstitution") expect(await getInstitutionPeriod(actors.otherInstitution!.institutionId!, periodId)).toBeNull();
  });

  it("creates nothing for anyone but an institution user", async () => {
    const totalBefore = await db.$count(availabilityPeriods);
    for (const who of ["offerer", "regionalAdmin", "anonymous"] as const) {
      await act(actors[who]);
      expect((await createPeriodAction(periodInput())).ok).toBe(false);
    }
    expect(await db.$count(availabilityPeriods)).toBe(totalBefore);
  });

  it("refuses writes once the ARS deactivated the institution", async () => {
    await db.update(institutions).set({ isActive: false }).where(eq(institutions.id, own.institutionId!));
    const result = await updatePeriodAction({ ...periodInput(), periodId, studentCount: "2" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await periodRow(periodId))?.studentCount).toBe(40);
  });
});

describe("availability periods: bad input gets French messages, never a crash", () => {
  let caller: User;
  beforeEach(async () => {
    medicine = await referenceId(db, "DISCIPLINE", "Médecine");
    const institution = await createInstitution(db, { departmentCode: "75", regionCode: "11" });
    caller = await createUser(db, { kind: "INSTITUTION", institutionId: institution.id });
    await actAs(caller.id);
  });

  it.each([
    ["end before start", { startDate: "2026-06-10", endDate: "2026-06-01" }, "endDate", "La date de fin doit être le même jour ou après la date de début"],
    ["0 students", { studentCount: "0" }, "studentCount", "Saisissez un nombre d'étudiants entre 1 et 5\u202f000"],
    ["100,000 students", { studentCount: "100000" }, "studentCount", "Saisissez un nombre d'étudiants entre 1 et 5\u202f000"],
    ["a number of students that is not a number", { studentCount: "quarante" }, "studentCount", "Saisissez un nombre d'étudiants entre 1 et 5\u202f000"],
    ["a date that does not exist", { startDate: "2026-02-30" }, "startDate", "Saisissez une date valide"],
    [
      "a département that does not exist",
      { departmentCodes: ["00"] },
      "departmentCodes",
      "Choisissez des départements de votre région (00 n'en fait pas partie)",
    ],
    [
      "a département outside the région",
      { departmentCodes: ["75", "67"] },
      "departmentCodes",
      "Choisissez des départements de votre région (67 n'en fait pas partie)",
    ],
    ["a discipline that is not one", { disciplineId: "999999" }, "disciplineId", "Choisissez une discipline dans la liste"],
    ["split without a half-day", { modality: "SPLIT", weeklySlots: [] }, "weeklySlots", "Pour une période en fractionné, cochez au moins une demi-journée"],
    ["a half-day that is not one", { weeklySlots: ["8-am"] }, "weeklySlots.0", "Demi-journée inconnue"],
  ])("%s", async (_label, override, field, message) => {
    const result = await createPeriodAction({ ...periodInput(), ...override } as ReturnType<typeof periodInput>);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.fieldErrors?.[field]).toEqual([message]);
    expect(await db.$count(availabilityPeriods, eq(availabilityPeriods.institutionId, caller.institutionId!))).toBe(0);
  });

  it("ignores a forged institution id or région in the input: the period goes to the caller's institution", async () => {
    const other = await createInstitution(db, { regionCode: "44", departmentCode: "67" });
    const result = await createPeriodAction({ ...periodInput(), institutionId: other.id, regionCode: "44" } as ReturnType<typeof periodInput>);
    expect(result.ok).toBe(true);
    const row = await periodRow(result.ok ? result.data.id : "");
    expect(row).toMatchObject({ institutionId: caller.institutionId, regionCode: "11" });
    expect(await db.$count(availabilityPeriods, eq(availabilityPeriods.institutionId, other.id))).toBe(0);
  });

  it("answers not-found for a forged period id and for an excluded date outside the period", async () => {
    expect(await updatePeriodAction({ ...periodInput(), periodId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deletePeriodAction({ periodId: "pas-un-identifiant" })).toMatchObject({ ok: false, code: "INVALID" });
    const created = await createPeriodAction(periodInput());
    const periodId = created.ok ? created.data.id : "";
    expect(await addExcludedDateAction({ periodId, date: "2026-07-01" })).toMatchObject({
      ok: false,
      fieldErrors: { date: ["Cette date est après la fin de la période : choisissez un jour entre son début et sa fin"] },
    });
  });
});
