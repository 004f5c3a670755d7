import { describe, expect, it } from "vitest";
import { calendarQuery, parseCalendarFilters } from "./calendar-filters";

describe("parseCalendarFilters", () => {
  it("reads a shared URL", () => {
    expect(
      parseCalendarFilters(
        { mois: "2026-05", discipline: "3", etablissement: "0C6F0F8E-1111-4222-8333-944445555666", departement: "2a", page: "2" },
        "2026-11-23",
      ),
    ).toEqual({
      month: "2026-05",
      disciplineId: 3,
      institutionId: "0c6f0f8e-1111-4222-8333-944445555666",
      departmentCode: "2A",
      page: 2,
    });
  });

  it("drops junk instead of failing: bad month, ids, département or page", () => {
    expect(
      parseCalendarFilters({ mois: "2026-13", discipline: "1 or 1=1", etablissement: "../../x", departement: "<script>", page: "-4" }, "2026-11-23"),
    ).toEqual({
      month: "2026-11",
      disciplineId: null,
      institutionId: null,
      departmentCode: null,
      page: 1,
    });
    expect(parseCalendarFilters({ mois: ["2026-02", "x"], page: "1e9" }, "2026-11-23")).toMatchObject({ month: "2026-02", page: 1 });
  });
});

describe("calendarQuery", () => {
  it("keeps the filters that are set and can move the month", () => {
    const filters = parseCalendarFilters({ mois: "2026-05", departement: "93", page: "3" }, "2026-11-23");
    expect(calendarQuery(filters)).toBe("mois=2026-05&departement=93&page=3");
    expect(calendarQuery(filters, { month: "2026-06", page: 1 })).toBe("mois=2026-06&departement=93");
  });
});
