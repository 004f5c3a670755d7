import { describe, expect, it } from "vitest";
import { cohortKey, sameCohort } from "./cohort";

describe("cohorts (issue 16, point 15)", () => {
  it("tells groups and years apart", () => {
    expect(sameCohort({ disciplineId: 1, promotion: "DFGSM3 – groupe A" }, { disciplineId: 1, promotion: "DFGSM3 – groupe B" })).toBe(false);
    expect(sameCohort({ disciplineId: 1, promotion: "2e année" }, { disciplineId: 1, promotion: "3e année" })).toBe(false);
    expect(sameCohort({ disciplineId: 1, promotion: "2e année" }, { disciplineId: 2, promotion: "2e année" })).toBe(false);
  });

  it("sees the same cohort through case, accents, punctuation and a copy", () => {
    expect(sameCohort({ disciplineId: 1, promotion: "DFGSM3 – groupe A" }, { disciplineId: 1, promotion: "dfgsm3 groupe a" })).toBe(true);
    expect(sameCohort({ disciplineId: 1, promotion: "2e année" }, { disciplineId: 1, promotion: "2e annee (copie)" })).toBe(true);
    expect(cohortKey(null)).toBe(cohortKey("Copie"));
  });
});
