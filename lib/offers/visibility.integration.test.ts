import { inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { offers, type OfferState } from "@/db/schema";
import { createStructure } from "@/test/factories";
import { isPubliclyVisible, publiclyVisibleSql, stateFromDates, stateFromDatesSql, type VisibilityFacts } from "./visibility";

/**
 * The TypeScript and SQL forms of « what the public sees » and « dates → state » answer alike, on
 * every combination of state, publication dates (missing ones included), today, deletion and a
 * frozen structure: the same table of cases goes through both, against the real database.
 */
const STATES: OfferState[] = ["DRAFT", "PENDING", "VALIDATED", "PUBLISHED", "EXPIRED"];
const DAYS = ["2026-05-13", "2026-05-14", "2026-05-15", "2026-05-16", "2026-05-17"];
// One day before the first and one after the last, so that « before start » and « after end » occur for every pair.
const TODAYS = ["2026-05-12", ...DAYS, "2026-05-18"];
const OPTIONAL_DAYS = [null, ...DAYS];
// Dates in the order the table's check constraint allows (end on or after start when both are set).
const DATE_PAIRS = OPTIONAL_DAYS.flatMap((start) =>
  OPTIONAL_DAYS.filter((end) => !start || !end || start <= end).map((end) => ({ publicationStart: start, publicationEnd: end })),
);

type Case = Omit<VisibilityFacts, "deletedAt"> & { deleted: boolean };
const CASES: Case[] = STATES.flatMap((state) =>
  DATE_PAIRS.flatMap((dates) => [false, true].flatMap((structureFrozen) => [false, true].map((deleted) => ({ state, ...dates, structureFrozen, deleted })))),
);

const idsOf = new Map<Case, number>();

beforeAll(async () => {
  const open = await createStructure(db);
  const frozen = await createStructure(db, { frozenAt: new Date() });
  const rows = await db
    .insert(offers)
    .values(
      CASES.map((c) => ({
        structureId: c.structureFrozen ? frozen.id : open.id,
        regionCode: "11",
        name: "Cas de visibilité",
        state: c.state,
        publicationStart: c.publicationStart,
        publicationEnd: c.publicationEnd,
        deletedAt: c.deleted ? new Date() : null,
      })),
    )
    .returning({ id: offers.id });
  CASES.forEach((c, index) => idsOf.set(c, rows[index]!.id));
});

async function sqlAnswers(today: string) {
  const rows = await db
    .select({ id: offers.id, visible: sql<boolean>`${publiclyVisibleSql(today)}`, dated: stateFromDatesSql(today) })
    .from(offers)
    .where(inArray(offers.id, [...idsOf.values()]));
  return new Map(rows.map((row) => [row.id, row]));
}

describe.each(TODAYS)("today %s: TypeScript and SQL agree", (today) => {
  it(`on all ${CASES.length} cases`, async () => {
    const answers = await sqlAnswers(today);
    expect(answers.size).toBe(CASES.length);
    for (const c of CASES) {
      const row = answers.get(idsOf.get(c)!)!;
      const facts: VisibilityFacts = { ...c, deletedAt: c.deleted ? new Date() : null };
      const label = JSON.stringify(c);
      expect(row.visible, label).toBe(isPubliclyVisible(facts, today));
      const dated = c.publicationStart && c.publicationEnd ? stateFromDates(c.publicationStart, c.publicationEnd, today) : null;
      expect(row.dated, label).toBe(dated);
    }
  });
});

describe("the table covers what matters", () => {
  it("has visible and hidden cases, and all three dated states", () => {
    const today = "2026-05-15";
    const visible = CASES.filter((c) => isPubliclyVisible({ ...c, deletedAt: c.deleted ? new Date() : null }, today));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(CASES.length);
    const dated = new Set(
      TODAYS.flatMap((day) =>
        DATE_PAIRS.flatMap((d) => (d.publicationStart && d.publicationEnd ? [stateFromDates(d.publicationStart, d.publicationEnd, day)] : [])),
      ),
    );
    expect([...dated].sort()).toEqual(["EXPIRED", "PUBLISHED", "VALIDATED"]);
  });
});
