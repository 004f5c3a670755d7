import { describe, expect, it } from "vitest";
import { alsaceMoselleShare, easterSunday, frenchPublicHolidays, holidayOn } from "./holidays";

describe("easterSunday", () => {
  it.each([
    [1943, "1943-04-25"], // the latest possible date
    [2000, "2000-04-23"],
    [2008, "2008-03-23"],
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"], // the earliest possible date
  ])("Easter %i is %s", (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe("frenchPublicHolidays", () => {
  it("lists the eleven holidays of 2026 in date order, movable ones from Easter", () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      { date: "2026-01-01", name: "Jour de l'an" },
      { date: "2026-04-06", name: "Lundi de Pâques" },
      { date: "2026-05-01", name: "Fête du Travail" },
      { date: "2026-05-08", name: "Victoire 1945" },
      { date: "2026-05-14", name: "Ascension" },
      { date: "2026-05-25", name: "Lundi de Pentecôte" },
      { date: "2026-07-14", name: "Fête nationale" },
      { date: "2026-08-15", name: "Assomption" },
      { date: "2026-11-01", name: "Toussaint" },
      { date: "2026-11-11", name: "Armistice 1918" },
      { date: "2026-12-25", name: "Noël" },
    ]);
  });

  it("moves Easter Monday to April 1st and Ascension into early May when Easter is early (2024)", () => {
    const dates = new Map(frenchPublicHolidays(2024).map((h) => [h.name, h.date]));
    expect(dates.get("Lundi de Pâques")).toBe("2024-04-01");
    expect(dates.get("Ascension")).toBe("2024-05-09");
    expect(dates.get("Lundi de Pentecôte")).toBe("2024-05-20");
  });

  it("handles Easter Monday falling in March (2008) and Whit Monday in June (2038)", () => {
    expect(holidayOn("2008-03-24")).toBe("Lundi de Pâques");
    expect(holidayOn("2038-06-14")).toBe("Lundi de Pentecôte");
    expect(holidayOn("2038-06-03")).toBe("Ascension");
  });

  it("answers null for an ordinary day", () => {
    expect(holidayOn("2026-05-13")).toBeNull();
  });
});

describe("Alsace-Moselle", () => {
  it("adds Good Friday and Saint Stephen's Day, in date order, only when asked", () => {
    const local = frenchPublicHolidays(2026, { alsaceMoselle: true });
    expect(local).toHaveLength(13);
    expect(local.slice(1, 3)).toEqual([
      { date: "2026-04-03", name: "Vendredi saint" },
      { date: "2026-04-06", name: "Lundi de Pâques" },
    ]);
    expect(local.at(-1)).toEqual({ date: "2026-12-26", name: "Saint-Étienne" });
    expect(frenchPublicHolidays(2026)).toHaveLength(11);
    expect(holidayOn("2027-03-26", { alsaceMoselle: true })).toBe("Vendredi saint");
    expect(holidayOn("2027-03-26")).toBeNull();
  });

  it("tells whether a view's départements are all, some or none of Moselle, Bas-Rhin and Haut-Rhin", () => {
    expect(alsaceMoselleShare(["67"])).toBe("all");
    expect(alsaceMoselleShare(["57", "67", "68"])).toBe("all");
    expect(alsaceMoselleShare(["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"])).toBe("some");
    expect(alsaceMoselleShare(["75", "93"])).toBe("none");
    expect(alsaceMoselleShare([])).toBe("none");
  });
});
