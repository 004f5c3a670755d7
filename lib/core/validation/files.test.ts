import { describe, expect, it } from "vitest";
import {
  ATTACHMENT_MAX_BYTES,
  checkAttachment,
  checkLogo,
  contentDispositionAttachment,
  contentTypeFor,
  fileExtension,
  LOGO_MAX_BYTES,
  LOGO_SIZE_MESSAGE,
  LOGO_TYPE_MESSAGE,
  sanitizeFilename,
  sniffFileType,
} from "./files";

function bytes(...parts: (string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === "string") out.push(...new TextEncoder().encode(part));
    else out.push(...part);
  }
  return new Uint8Array(out);
}

function padded(head: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(head);
  return out;
}

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF");
const WEBP = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ");
const GIF = bytes("GIF89a", [1, 0, 1, 0]);
const PDF = bytes("%PDF-1.7\n%\xe2\xe3\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
const ZIP = bytes([0x50, 0x4b, 0x03, 0x04, 20, 0], "[Content_Types].xml");
const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
const EXE = bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);
const ELF = bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
const CSV_UTF8 = bytes("nom;prénom;ville\nCurie;Marie;Paris\n");
const CSV_1252 = bytes("nom;pr", [0xe9], "nom;ville\r\nCurie;Marie;Orl", [0xe9], "ans\r\n");

describe("sniffFileType", () => {
  it.each([
    ["png", PNG],
    ["jpeg", JPEG],
    ["webp", WEBP],
    ["gif", GIF],
    ["pdf", PDF],
    ["docx/xlsx/zip", ZIP],
    ["docx/xlsx/zip", bytes([0x50, 0x4b, 0x05, 0x06, 0, 0])],
    ["ole", OLE],
    ["text", CSV_UTF8],
    ["text", CSV_1252],
    ["text", bytes([0xff, 0xfe], [0x6e, 0, 0x6f, 0, 0x6d, 0])],
  ] as const)("recognises %s", (expected, content) => {
    expect(sniffFileType(content)).toBe(expected);
  });

  it("returns null for empty or unknown binary content", () => {
    expect(sniffFileType(new Uint8Array())).toBeNull();
    expect(sniffFileType(EXE)).toBeNull();
    expect(sniffFileType(ELF)).toBeNull();
    expect(sniffFileType(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "))).toBeNull();
    expect(sniffFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00]))).toBeNull();
  });
});

describe("checkLogo", () => {
  it("accepts PNG, JPEG and WebP up to 1 MB", () => {
    expect(checkLogo(PNG, "logo.png")).toBeNull();
    expect(checkLogo(JPEG, "Logo Mairie.JPG")).toBeNull();
    expect(checkLogo(WEBP, "logo.webp")).toBeNull();
    expect(checkLogo(padded(PNG, LOGO_MAX_BYTES), "logo.png")).toBeNull();
    expect(checkLogo(PNG, "logo")).toBeNull();
  });

  it("tolerates an image saved under another image extension", () => {
    expect(checkLogo(PNG, "logo.jpg")).toBeNull();
  });

  it("refuses other types, by content and by name", () => {
    expect(checkLogo(GIF, "logo.gif")).toBe(LOGO_TYPE_MESSAGE);
    expect(checkLogo(PDF, "logo.png")).toBe(LOGO_TYPE_MESSAGE);
    expect(checkLogo(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), "logo.svg")).toBe(LOGO_TYPE_MESSAGE);
    expect(checkLogo(PNG, "logo.html")).toBe(LOGO_TYPE_MESSAGE);
    expect(checkLogo(new Uint8Array(), "logo.png")).toBe(LOGO_TYPE_MESSAGE);
  });

  it("refuses more than 1 MB", () => {
    expect(checkLogo(padded(PNG, LOGO_MAX_BYTES + 1), "logo.png")).toBe(LOGO_SIZE_MESSAGE);
  });

  it("uses the messages of the design", () => {
    expect(LOGO_TYPE_MESSAGE).toBe("Le logo doit être une image PNG, JPEG ou WebP");
    expect(LOGO_SIZE_MESSAGE).toBe("Le logo ne doit pas dépasser 1 Mo");
  });
});

describe("checkAttachment", () => {
  it.each([
    [PDF, "Programme 2026.pdf"],
    [ZIP, "fiche.docx"],
    [ZIP, "planning.xlsx"],
    [ZIP, "planning.ods"],
    [OLE, "ancien.doc"],
    [CSV_UTF8, "liste.csv"],
    [CSV_1252, "liste.csv"],
    [JPEG, "photo.jpeg"],
    [bytes("{\\rtf1\\ansi hello}"), "note.rtf"],
    [bytes("MZ Conseil, compte rendu\n"), "compte-rendu.txt"],
    [bytes([0, 1, 2, 3, 4, 5]), "mesures.dat"],
    // Incremental updates: each adds its own end marker; blank bytes may follow the last.
    [bytes("%PDF-1.7\n1 0 obj\n%%EOF\n2 0 obj\n%%EOF\r\n\0\0"), "mis-a-jour.pdf"],
  ])("accepts %#: %s", (content, name) => {
    expect(checkAttachment(content, name)).toBeNull();
  });

  it("refuses empty files and files over 10 MB", () => {
    expect(checkAttachment(new Uint8Array(), "vide.pdf")).toBe("Le fichier « vide.pdf » est vide");
    expect(checkAttachment(padded(PDF, ATTACHMENT_MAX_BYTES), "gros.pdf")).toBeNull();
    expect(checkAttachment(padded(PDF, ATTACHMENT_MAX_BYTES + 1), "gros.pdf")).toBe("Le fichier « gros.pdf » ne doit pas dépasser 10 Mo");
  });

  it.each([
    [EXE, "setup.exe"],
    [EXE, "rapport.pdf"],
    [EXE, "sans-extension"],
    [ELF, "outil"],
    [bytes("#!/bin/sh\nrm -rf /\n"), "script.txt"],
    [bytes("echo hello"), "lancer.bat"],
    [bytes("<!DOCTYPE html><html><body>hi</body></html>"), "page.html"],
    [bytes("  <html><script>alert(1)</script></html>"), "lisezmoi.txt"],
    [bytes("\ufeff<!-- note --><script>alert(1)</script>"), "notes.txt"],
    [ZIP, "macro.xlsm"],
  ])("refuses the program or page %#: %s", (content, name) => {
    expect(checkAttachment(content, name)).toMatch(/n'est pas accepté/);
  });

  // Issue 14, finding 9: the attacks that passed the old pattern, and a harmless drawing, all refused as SVG.
  it.each([
    [bytes('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>'), "schema.svg"],
    [bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), "schema.svg"],
    [bytes('<?xml version="1.0"?><svg><a href="javascript:alert(1)">x</a></svg>'), "image.svg"],
    [bytes('<x:svg xmlns:x="http://www.w3.org/2000/svg"><x:script>alert(1)</x:script></x:svg>'), "prefixe.svg"],
    [bytes('<x:svg xmlns:x="http://www.w3.org/2000/svg"><x:script>alert(1)</x:script></x:svg>'), "prefixe.txt"],
    [bytes(`<svg xmlns="http://www.w3.org/2000/svg"><desc>${"a".repeat(70 * 1024)}</desc><script>alert(1)</script></svg>`), "long.svg"],
    [bytes(`${"note ".repeat(20 * 1024)}\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), "cache.csv"],
    [PNG, "image.svgz"],
  ])("refuses every SVG, whatever its name or where it hides %#: %s", (content, name) => {
    expect(checkAttachment(content, name)).toBe(
      `Le fichier « ${name} » n'est pas accepté : les images SVG ne sont pas acceptées : enregistrez l'image en PNG ou en JPEG`,
    );
  });

  it("refuses a PDF with another document appended (issue 14, finding 9)", () => {
    const message = "Le fichier « polyglotte.pdf » n'est pas un PDF valide : il contient d'autres données après la fin du document";
    expect(checkAttachment(bytes("%PDF-1.7\n1 0 obj\n%%EOF\n<html><script>alert(1)</script></html>"), "polyglotte.pdf")).toBe(message);
    expect(checkAttachment(bytes("%PDF-1.7\n1 0 obj\n<html><script>alert(1)</script></html>"), "polyglotte.pdf")).toBe(message);
    expect(checkAttachment(bytes("%PDF-1.7\n1 0 obj\n%%EOF\n"), "propre.pdf")).toBeNull();
  });

  it.each([
    [PNG, "document.pdf"],
    [PDF, "photo.jpg"],
    [ZIP, "fiche.doc"],
    [OLE, "fiche.docx"],
    [bytes([0, 0, 0, 1, 2]), "texte.txt"],
  ])("refuses a content that does not match its extension %#: %s", (content, name) => {
    expect(checkAttachment(content, name)).toBe(`Le fichier « ${name} » ne correspond pas à son extension`);
  });

  it("can restrict the accepted types (the help form)", () => {
    const allowedTypes = ["pdf", "jpeg", "png", "docx/xlsx/zip", "ole", "text"] as const;
    expect(checkAttachment(PDF, "capture.pdf", { allowedTypes })).toBeNull();
    expect(checkAttachment(GIF, "anim.gif", { allowedTypes })).toBe("Le fichier « anim.gif » n'est pas d'un type accepté");
    expect(checkAttachment(bytes([0, 1, 2]), "mesures.dat", { allowedTypes })).toBe("Le fichier « mesures.dat » n'est pas d'un type accepté");
  });

  it("names the file safely in its messages", () => {
    expect(checkAttachment(new Uint8Array(), "../../etc/pass\u0000wd")).toBe("Le fichier « passwd » est vide");
  });
});

describe("contentTypeFor", () => {
  it("derives the type from the content, refined by the extension", () => {
    expect(contentTypeFor(PNG, "logo.jpg")).toBe("image/png");
    expect(contentTypeFor(PDF, "x.pdf")).toBe("application/pdf");
    expect(contentTypeFor(ZIP, "x.xlsx")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(contentTypeFor(ZIP, "x.zip")).toBe("application/zip");
    expect(contentTypeFor(ZIP, "x.pdf")).toBe("application/zip");
    expect(contentTypeFor(OLE, "x.xls")).toBe("application/vnd.ms-excel");
    expect(contentTypeFor(CSV_UTF8, "x.csv")).toBe("text/csv; charset=utf-8");
    expect(contentTypeFor(CSV_1252, "x.csv")).toBe("text/csv");
    expect(contentTypeFor(CSV_UTF8, "x.html")).toBe("text/plain; charset=utf-8");
    expect(contentTypeFor(EXE, "x.exe")).toBe("application/octet-stream");
  });
});

describe("file names", () => {
  it("finds the extension", () => {
    expect(fileExtension("Rapport.Final.PDF")).toBe("pdf");
    expect(fileExtension(".bashrc")).toBe("");
    expect(fileExtension("dossier.v2/fichier")).toBe("");
    expect(fileExtension("C:\\Users\\moi\\photo.jpeg")).toBe("jpeg");
  });

  it("sanitises names: no path, no controls, no leading dots, 255 characters", () => {
    expect(sanitizeFilename("C:\\Users\\moi\\Programme été.pdf")).toBe("Programme été.pdf");
    expect(sanitizeFilename("../../.htaccess")).toBe("htaccess");
    expect(sanitizeFilename("a\r\nb.txt")).toBe("ab.txt");
    expect(sanitizeFilename("   ")).toBe("fichier");
    expect(sanitizeFilename(`${"x".repeat(300)}.pdf`)).toHaveLength(255);
  });
});

describe("contentDispositionAttachment", () => {
  it("gives an ASCII fallback and the exact UTF-8 name (RFC 6266)", () => {
    expect(contentDispositionAttachment("Offre 42 - Prévention été.pdf")).toBe(
      "attachment; filename=\"Offre 42 - Prevention ete.pdf\"; filename*=UTF-8''Offre%2042%20-%20Pr%C3%A9vention%20%C3%A9t%C3%A9.pdf",
    );
  });

  it("keeps plain ASCII names as they are", () => {
    expect(contentDispositionAttachment("offre-42.pdf")).toBe("attachment; filename=\"offre-42.pdf\"; filename*=UTF-8''offre-42.pdf");
  });

  it("neutralises quotes, percent signs, semicolons and header injection", () => {
    const value = contentDispositionAttachment('a"b%41\r\nSet-Cookie: x=1;.pdf');
    expect(value).not.toMatch(/[\r\n]/);
    expect(value).toContain('filename="a_b_41Set-Cookie: x=1_.pdf"');
    expect(value).toContain("filename*=UTF-8''a%22b%2541Set-Cookie%3A%20x%3D1%3B.pdf");
  });

  it("drops any path, whichever the separator", () => {
    expect(contentDispositionAttachment("C:\\temp\\..\\offre.pdf")).toBe("attachment; filename=\"offre.pdf\"; filename*=UTF-8''offre.pdf");
  });

  it("encodes characters outside RFC 8187's attr-char", () => {
    expect(contentDispositionAttachment("l'offre (copie)*.pdf")).toContain("filename*=UTF-8''l%27offre%20%28copie%29%2A.pdf");
  });

  it("falls back to a generic name for non-Latin names", () => {
    expect(contentDispositionAttachment("资料.pdf")).toBe("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E8%B5%84%E6%96%99.pdf");
    expect(contentDispositionAttachment("")).toBe("attachment; filename=\"fichier\"; filename*=UTF-8''fichier");
  });
});
