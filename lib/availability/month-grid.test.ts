import { describe, expect, it } from "vitest";
import type { CalendarPeriod } from "./calendar";
import { buildMonthGrid, shadeGradient } from "./month-grid";
import { monthColumns } from "./days";
import { nth, one } from "@/lib/core/rows";

const period: CalendarPeriod = {
  id: "p1",
  institutionId: "i1",
  institutionName: "IFSI de Créteil",
  institutionDepartment: "94",
  discipline: "Soins infirmiers",
  promotion: "2e année",
  studentCount: 30,
  startDate: "2026-04-27",
  endDate: "2026-05-15",
  modality: "SPLIT",
  weeklySlots: ["1-am", "1-pm", "2-am", "4-pm"],
  departmentCodes: ["94", "77"],
  excludedDates: ["2026-05-12"],
  comment: "Partiels le 12 mai",
  updatedAt: new Date("2026-04-01T10:00:00Z"),
};

describe("buildMonthGrid", () => {
  it("places the bars on the right day columns, clipped to the month", () => {
    const grid = buildMonthGrid([period], "2026-05", (code) => `dép. ${code}`);
    const row = one(grid.rows);
    expect(row.title).toBe("IFSI de Créteil — Soins infirmiers — 30 étudiants");
    expect(row.bars).toEqual([
      { column: 4, span: 1, part: "day" },
      { column: 5, span: 1, part: "am" },
      { column: 7, span: 1, part: "pm" },
      { column: 11, span: 1, part: "day" },
    ]);
    // 14 May 2026 is Ascension Thursday: no bar on a public holiday.
    expect(row.availableDays).toBe(4);
    expect(row.daysText).toBe("le 4 mai, le 5 mai (matin), le 7 mai (après-midi), le 11 mai");
    expect(row.details).toEqual([
      { label: "Promotion", value: "2e année" },
      { label: "Période", value: "du 27 avril 2026 au 15 mai 2026" },
      { label: "Modalité", value: "En fractionné, matins et après-midis" },
      { label: "Demi-journées", value: "les lundis toute la journée, les mardis matin, les jeudis après-midi" },
      { label: "Départements", value: "dép. 94, dép. 77" },
      { label: "Dates exclues", value: "12 mai 2026" },
      { label: "Commentaire", value: "Partiels le 12 mai" },
    ]);
    expect(nth(buildMonthGrid([period], "2026-04", String).rows, 0).bars).toEqual([
      { column: 27, span: 1, part: "day" },
      { column: 28, span: 1, part: "am" },
      { column: 30, span: 1, part: "pm" },
    ]);
  });

  it("shades weekends grey and holidays pink, one gradient stop pair per day", () => {
    const columns = monthColumns("2026-05");
    const gradient = shadeGradient(columns);
    expect(gradient.startsWith("linear-gradient(to right, #fee9e9 0.0000%, #fee9e9 3.2258%, #eeeeee 3.2258%")).toBe(true);
    expect(gradient.match(/#eeeeee/g)).toHaveLength(20);
    expect(gradient.match(/#fee9e9/g)).toHaveLength(8);
  });
});
