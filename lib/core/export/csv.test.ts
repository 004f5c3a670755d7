import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a BOM, quotes every field, separates with semicolons and ends lines with CRLF", () => {
    expect(toCsv(["Nom", "Étudiants"], [["IFSI", 30]])).toBe('\uFEFF"Nom";"Étudiants"\r\n"IFSI";"30"\r\n');
  });

  it("keeps separators, quotes and line breaks inside one cell, doubling quotes", () => {
    expect(toCsv(["a"], [["un ; deux"], ['dit "bonjour"'], ["ligne\nsuivante"]])).toBe(
      '\uFEFF"a"\r\n"un ; deux"\r\n"dit ""bonjour"""\r\n"ligne\nsuivante"\r\n',
    );
  });

  it("neutralises text a spreadsheet would run as a formula, not negative numbers", () => {
    expect(toCsv(["a", "b", "c"], [['=HYPERLINK("x")', "@SUM(A1)", -3]])).toBe('\uFEFF"a";"b";"c"\r\n"\'=HYPERLINK(""x"")";"\'@SUM(A1)";"-3"\r\n');
    expect(csvCell("-2")).toBe('"\'-2"');
    expect(csvCell("+33 1 23")).toBe('"\'+33 1 23"');
    expect(csvCell("\tx")).toBe('"\'\tx"');
  });

  it("writes empty cells for null and undefined, oui/non for booleans", () => {
    expect(toCsv(["a", "b", "c", "d"], [[null, undefined, true, false]])).toBe('\uFEFF"a";"b";"c";"d"\r\n"";"";"oui";"non"\r\n');
  });

  it("writes only the header when there is no row", () => {
    expect(toCsv(["N°"], [])).toBe('\uFEFF"N°"\r\n');
  });
});
