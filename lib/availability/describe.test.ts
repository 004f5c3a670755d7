import { describe, expect, it } from "vitest";
import { availableDaysInMonth, runsOf } from "./days";
import { describeExcludedDates, describeHalfDays, describeRuns, describeSlots, monthLabel, periodTitle } from "./describe";

describe("describe", () => {
  it("says the weekly grid in words", () => {
    expect(describeSlots(["1-am", "3-am", "3-pm", "5-pm"], "SPLIT")).toBe("les lundis matin, les mercredis toute la journée, les vendredis après-midi");
    expect(describeSlots([], "CONTINUOUS")).toBe("tous les jours");
    expect(describeHalfDays(["1-am", "2-am"])).toBe("matins seulement");
    expect(describeHalfDays(["1-am", "2-pm"])).toBe("matins et après-midis");
    expect(describeHalfDays([])).toBe("journées entières");
  });

  it("says the bars of a month in words", () => {
    const days = availableDaysInMonth(
      {
        startDate: "2026-05-01",
        endDate: "2026-05-12",
        modality: "SPLIT",
        weeklySlots: ["1-am", "1-pm", "2-am", "2-pm", "5-am", "5-pm", "6-pm"],
        excludedDates: [],
      },
      "2026-05",
    );
    expect(describeRuns(runsOf(days))).toBe("le 2 mai (après-midi), du 4 au 5 mai, le 9 mai (après-midi), du 11 au 12 mai");
    expect(describeRuns([])).toBe("aucun jour disponible ce mois-ci");
    expect(describeRuns([{ start: "2026-06-01", end: "2026-06-03", part: "day", length: 3 }])).toBe("du 1er au 3 juin");
    expect(describeExcludedDates(["2027-04-13", "2027-04-12", "2027-04-14", "2027-05-03"])).toBe("du 12 avril 2027 au 14 avril 2027, 3 mai 2027");
  });

  it("titles a row and a month", () => {
    expect(periodTitle({ institutionName: "IFSI de Créteil", discipline: "Soins infirmiers", studentCount: 1 })).toBe(
      "IFSI de Créteil — Soins infirmiers — 1 étudiant",
    );
    expect(periodTitle({ institutionName: "UFR", discipline: "Médecine", studentCount: 1200 })).toBe("UFR — Médecine — 1\u202f200 étudiants");
    expect(monthLabel("2026-05")).toBe("mai 2026");
  });
});
