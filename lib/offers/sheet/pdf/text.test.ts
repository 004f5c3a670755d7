import { describe, expect, it } from "vitest";
import { toPdfText } from "./text";

describe("toPdfText", () => {
  it("keeps French as it is", () => {
    const french = "L'été à l'hôpital : « prévention » — œuvre, 12 € ; ça marche… ’";
    expect(toPdfText(french)).toBe(french);
  });

  it("maps what Helvetica cannot print to the nearest text, and drops the rest", () => {
    expect(toPdfText("10\u202f%")).toBe("10\u00a0%");
    expect(toPdfText("ﬁn")).toBe("fin");
    expect(toPdfText("Ōsaka")).toBe("Osaka");
    expect(toPdfText("Bravo 🎉 !")).toBe("Bravo  !");
    expect(toPdfText("a\u2212b")).toBe("a-b");
  });

  it("keeps line breaks", () => {
    expect(toPdfText("ligne 1\nligne 2")).toBe("ligne 1\nligne 2");
  });
});
