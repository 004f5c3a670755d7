import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a BOM, separates with semicolons and ends lines with CRLF", () => {
    expect(toCsv(["Nom", "Étudiants"], [["IFSI", 30]])).toBe("\uFEFFNom;Étudiants\r\nIFSI;30\r\n");
  });

  it("quotes cells holding separators, quotes or line breaks, doubling quotes", () => {
    expect(toCsv(["a"], [["un ; deux"], ['dit "bonjour"'], ["ligne\nsuivante"]])).toBe('\uFEFFa\r\n"un ; deux"\r\n"dit ""bonjour"""\r\n"ligne\nsuivante"\r\n');
  });

  it("neutralises cells a spreadsheet would run as formulas, not negative numbers", () => {
    expect(toCsv(["a", "b", "c"], [["=HYPERLINK(\"x\")", "@SUM(A1)", -3]])).toBe('\uFEFFa;b;c\r\n"\'=HYPERLINK(""x"")";\'@SUM(A1);-3\r\n');
  });

  it("writes empty cells for null and undefined, oui/non for booleans", () => {
    expect(toCsv(["a", "b", "c"], [[null, undefined, true]])).toBe("\uFEFFa;b;c\r\n;;oui\r\n");
  });
});
