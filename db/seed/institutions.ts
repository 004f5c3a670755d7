import { randomUUID } from "node:crypto";
import { availabilityPeriods, institutions, users, type WeeklySlot } from "../schema";
import type { Tx } from "../client";
import { accountFields, type AccountDefaults } from "./accounts";
import { addDays, daysBetween, isoWeekday } from "./calendar";
import { INSTITUTIONS, PERIOD_COMMENTS } from "./data/institutions";
import { phoneNumber } from "./offer-content";
import type { Random } from "./random";
import type { ReferenceIds } from "./reference";

const WEEKDAY_SLOTS: WeeklySlot[] = ["1-am", "1-pm", "2-am", "2-pm", "3-am", "3-pm", "4-am", "4-pm", "5-am", "5-pm"];

/** Institutions, one user each, and 3–6 availability periods over the coming six months. */
export async function insertInstitutions(
  tx: Tx,
  ids: ReferenceIds,
  defaults: AccountDefaults,
): Promise<{ institutions: number; users: number; periods: number }> {
  const { clock, random } = defaults;
  const seeded = INSTITUTIONS.map((seed) => ({ seed, id: randomUUID(), userId: randomUUID() }));
  await tx.insert(institutions).values(
    seeded.map(({ seed, id }, index) => ({
      id,
      name: seed.name,
      typeId: ids("INSTITUTION_TYPE", seed.type),
      departmentCode: seed.departmentCode,
      regionCode: seed.regionCode,
      createdAt: clock.at(addDays(clock.today, -420 + index * 9), 10),
    })),
  );
  await tx.insert(users).values(
    seeded.map(({ seed, id, userId }, index) => ({
      ...accountFields(defaults, clock.at(addDays(clock.today, -419 + index * 9), 14)),
      id: userId,
      kind: "INSTITUTION" as const,
      email: seed.user.email.toLowerCase(),
      firstName: seed.user.firstName,
      lastName: seed.user.lastName,
      jobTitle: seed.user.jobTitle,
      phone: phoneNumber(seed.user.email, seed.regionCode),
      institutionId: id,
    })),
  );

  const periods = seeded.flatMap(({ seed, id, userId }) => {
    const rows = [];
    // The first period may already have started; the next ones follow every three to six weeks.
    let start = addDays(clock.today, random.int(-15, 5));
    const count = random.int(3, 6);
    while (rows.length < count && daysBetween(clock.today, start) < 170) {
      const continuous = random.chance(0.4);
      const end = minDay(addDays(start, continuous ? random.int(11, 25) : random.int(40, 95)), addDays(clock.today, 183));
      const weeklySlots = continuous ? WEEKDAY_SLOTS : (random.pickSome(WEEKDAY_SLOTS, 1, 3).sort() as WeeklySlot[]);
      const createdAt = clock.at(addDays(minDay(start, clock.today), -random.int(20, 60)), 10, random.int(0, 59));
      rows.push({
        institutionId: id,
        regionCode: seed.regionCode,
        disciplineId: ids("DISCIPLINE", seed.discipline),
        promotion: seed.promotions[rows.length % seed.promotions.length],
        studentCount: random.int(seed.students[0], seed.students[1]),
        startDate: start,
        endDate: end,
        modality: continuous ? ("CONTINUOUS" as const) : ("SPLIT" as const),
        weeklySlots,
        departmentCodes: [seed.departmentCode, ...random.pickSome(seed.nearby, 1, 3)].sort(),
        excludedDates: excludedDates(start, end, weeklySlots, random),
        comment: random.pick(PERIOD_COMMENTS),
        createdById: userId,
        createdAt,
        updatedAt: createdAt,
      });
      start = addDays(start, random.int(21, 42));
    }
    return rows;
  });
  await tx.insert(availabilityPeriods).values(periods);
  return { institutions: seeded.length, users: seeded.length, periods: periods.length };
}

const minDay = (a: string, b: string) => (a < b ? a : b);

/** Exams or holidays falling on a day the cohort would otherwise be available. */
function excludedDates(start: string, end: string, slots: WeeklySlot[], random: Random): string[] {
  const days = new Set(slots.map((slot) => Number(slot[0])));
  const candidates = Array.from({ length: daysBetween(start, end) + 1 }, (_, offset) => addDays(start, offset)).filter((day) => days.has(isoWeekday(day)));
  if (candidates.length < 4 || random.chance(0.35)) return [];
  return random.pickSome(candidates, 1, 3).sort();
}
