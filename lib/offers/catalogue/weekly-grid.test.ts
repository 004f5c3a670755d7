import { describe, expect, it } from "vitest";
import { describeWeeklySlots, weeklyGridRows } from "./weekly-grid";

describe("weekly grid", () => {
  it("has seven rows, Monday first, whatever the stored order", () => {
    const rows = weeklyGridRows(["5-pm", "1-am", "1-pm", "junk"]);
    expect(rows.map((r) => r.label)).toEqual(["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]);
    expect(rows[0]).toMatchObject({ morning: true, afternoon: true });
    expect(rows[4]).toMatchObject({ morning: false, afternoon: true });
    expect(rows[6]).toMatchObject({ morning: false, afternoon: false });
  });

  it("reads as a sentence", () => {
    expect(describeWeeklySlots(["2-am", "1-am", "1-pm", "4-pm"])).toBe("lundi toute la journée, mardi matin, jeudi après-midi");
    expect(describeWeeklySlots([])).toBe("");
  });
});
