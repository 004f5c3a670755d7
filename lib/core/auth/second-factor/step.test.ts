import { describe, expect, it } from "vitest";
import { secondFactorStep } from "./step";

describe("the second step of a session", () => {
  it("asks the factor of an account that has one, the enrolment of an admin without, nothing of others or once passed", () => {
    const passed = new Date();
    expect(secondFactorStep({ kind: "OFFERER", hasSecondFactor: false }, null)).toBeNull();
    expect(secondFactorStep({ kind: "INSTITUTION", hasSecondFactor: true }, null)).toBe("verify");
    expect(secondFactorStep({ kind: "REGIONAL_ADMIN", hasSecondFactor: false }, null)).toBe("enrol");
    expect(secondFactorStep({ kind: "REGIONAL_ADMIN", hasSecondFactor: true }, null)).toBe("verify");
    expect(secondFactorStep({ kind: "REGIONAL_ADMIN", hasSecondFactor: true }, passed)).toBeNull();
    expect(secondFactorStep({ kind: "OFFERER", hasSecondFactor: true }, passed)).toBeNull();
  });
});
