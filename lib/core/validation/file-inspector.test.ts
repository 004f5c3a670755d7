import { describe, expect, it } from "vitest";
import { AttachmentInspector } from "./file-inspector";
import { checkAttachment, contentTypeFor } from "./files";

function padded(head: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(head);
  return out;
}

describe("AttachmentInspector (a file judged as it streams, POST /api/fichiers)", () => {
  /** The verdict and type of a file pushed in chunks of `size` bytes. */
  function streamed(bytes: Uint8Array, name: string, size: number, options?: Parameters<typeof checkAttachment>[2]) {
    const inspector = new AttachmentInspector(name, options);
    for (let start = 0; start < bytes.length; start += size) {
      const early = inspector.push(bytes.subarray(start, start + size));
      if (early) return { problem: early, mimeType: null };
    }
    const { problem, mimeType } = inspector.finish();
    return { problem, mimeType: problem ? null : mimeType };
  }

  const text = (value: string) => new TextEncoder().encode(value);
  const cases: [string, Uint8Array, string][] = [
    ["a PDF", text("%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n"), "a.pdf"],
    ["a PDF padded with blanks after its marker", padded(text("%PDF-1.4\n%%EOF"), 300_000), "a.pdf"],
    ["a PDF with a page glued after its end", text("%PDF-1.4\n%%EOF\n<html><script>x</script></html>"), "a.pdf"],
    ["an SVG inside a CSV, far from its start", text(`${"a;b\n".repeat(40_000)}<svg onload=alert(1)>`), "a.csv"],
    ["a Windows-1252 CSV", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x31, 0x0a]), "a.csv"],
    ["a program named .pdf", new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]), "a.pdf"],
    ["an HTML page named .txt", text("<!doctype html><p>x</p>"), "a.txt"],
    ["an empty file", new Uint8Array(), "a.pdf"],
  ];
  it.each(cases)("judges %s as checkAttachment does, whatever the chunk size", (_label, bytes, name) => {
    const whole = checkAttachment(bytes, name);
    for (const size of [1, 7, 4096, 65_536, 1_000_000]) {
      const result = streamed(bytes, name, size);
      expect(result.problem).toBe(whole);
      if (!whole) expect(result.mimeType).toBe(contentTypeFor(bytes, name));
    }
  });

  it("refuses a file over the limit as soon as it passes it", () => {
    const inspector = new AttachmentInspector("gros.pdf", { maxBytes: 10 });
    expect(inspector.push(text("%PDF-1.4\n"))).toBeNull();
    expect(inspector.push(text("%%EOF"))).toBe("Le fichier « gros.pdf » ne doit pas dépasser 0 Mo");
  });
});
