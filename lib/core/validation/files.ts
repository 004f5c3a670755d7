/**
 * Uploaded files are judged by their content, never by the name or the type the
 * browser declares (docs/architecture.md#fichiers; OWASP File Upload cheat sheet). Pure,
 * works on a Uint8Array, so the same checks can run in the browser before upload.
 */
export type FileType = "png" | "jpeg" | "webp" | "gif" | "pdf" | "docx/xlsx/zip" | "ole" | "text";

export const MEGABYTE = 1024 * 1024;
export const LOGO_MAX_BYTES = 1 * MEGABYTE;
export const ATTACHMENT_MAX_BYTES = 10 * MEGABYTE;

export const LOGO_TYPE_MESSAGE = "Le logo doit être une image PNG, JPEG ou WebP";
export const LOGO_SIZE_MESSAGE = "Le logo ne doit pas dépasser 1 Mo";

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

// Bytes never found in text, whatever its 8-bit encoding (UTF-8, or Windows-1252
// as French Excel still writes CSV): NUL and most C0 controls.
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true; // UTF-16 with BOM
  const sample = bytes.subarray(0, 64 * 1024);
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) return false;
  }
  return true;
}

/** The type a file's first bytes announce, or null when unknown (or empty). */
export function sniffFileType(bytes: Uint8Array): FileType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "gif";
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  // Local file header, empty archive, spanned archive: OOXML (docx, xlsx, pptx) and ODF are zip files.
  if (
    [
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
      [0x50, 0x4b, 0x07, 0x08],
    ].some((s) => startsWith(bytes, s))
  )
    return "docx/xlsx/zip";
  // OLE compound document: legacy Office (doc, xls, ppt) and Outlook msg.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (looksLikeText(bytes)) return "text";
  return null;
}

export function fileExtension(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

// What content each known extension must have; other extensions are not compared.
const EXPECTED_TYPE: Record<string, FileType> = {
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  jpe: "jpeg",
  jfif: "jpeg",
  webp: "webp",
  gif: "gif",
  pdf: "pdf",
  docx: "docx/xlsx/zip",
  xlsx: "docx/xlsx/zip",
  pptx: "docx/xlsx/zip",
  odt: "docx/xlsx/zip",
  ods: "docx/xlsx/zip",
  odp: "docx/xlsx/zip",
  zip: "docx/xlsx/zip",
  doc: "ole",
  xls: "ole",
  ppt: "ole",
  msg: "ole",
  txt: "text",
  csv: "text",
  md: "text",
  rtf: "text",
  ics: "text",
};

// Programs and pages a download could run or render: refused whatever their content.
const FORBIDDEN_EXTENSIONS = new Set([
  "exe",
  "com",
  "bat",
  "cmd",
  "msi",
  "msp",
  "scr",
  "pif",
  "cpl",
  "dll",
  "sys",
  "ps1",
  "psm1",
  "vbs",
  "vbe",
  "js",
  "jse",
  "mjs",
  "wsf",
  "wsh",
  "hta",
  "jar",
  "class",
  "apk",
  "app",
  "dmg",
  "pkg",
  "deb",
  "rpm",
  "sh",
  "bash",
  "run",
  "bin",
  "elf",
  "lnk",
  "reg",
  "inf",
  "scf",
  "url",
  "iso",
  "img",
  "vhd",
  "vhdx",
  "html",
  "htm",
  "xhtml",
  "shtml",
  "mht",
  "mhtml",
  "xht",
  "php",
  "asp",
  "aspx",
  "jsp",
  "cgi",
  "pl",
  "py",
  "docm",
  "xlsm",
  "pptm",
  "dotm",
  "xltm",
  "xlam",
]);

// Native executables and scripts, recognised by content: ELF, Mach-O / Java class, shebang.
const EXECUTABLE_SIGNATURES: readonly (readonly number[])[] = [
  [0x7f, 0x45, 0x4c, 0x46],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
  [0x23, 0x21],
];

function isExecutable(bytes: Uint8Array): boolean {
  // « MZ » opens every Windows program, but also the odd text file: only binary content counts.
  if (startsWith(bytes, [0x4d, 0x5a]) && !looksLikeText(bytes)) return true;
  return EXECUTABLE_SIGNATURES.some((signature) => startsWith(bytes, signature));
}

function headText(bytes: Uint8Array): string {
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 64 * 1024)).toLowerCase();
}

function isHtml(head: string): boolean {
  return /^[\s\ufeff]*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|script|iframe|meta|title|a\s)/.test(head);
}

// SVG is refused outright (issue 14, finding 9): an SVG is a document that can script, and a pattern
// over its text misses a namespace prefix (<x:script>) or a script placed after the part read. Any
// `<svg` or `<prefix:svg` element anywhere in a text file counts, whatever the extension.
export function isSvg(text: string): boolean {
  return /<(?:[a-z_][\w.-]*:)?svg[\s/>]/i.test(text);
}

export const SVG_REFUSED = "les images SVG ne sont pas acceptées : enregistrez l'image en PNG ou en JPEG";

/**
 * A PDF ends with `%%EOF` (each incremental update adds its own): anything but blank bytes after the
 * last one is another document glued on (HTML appended, a zip…), refused (issue 14, finding 9).
 */
function hasDataAfterPdfEnd(bytes: Uint8Array): boolean {
  return !startsWith(bytes, ascii("%%EOF"), significantEnd(bytes) - 5);
}

/** Where the bytes end once the trailing blank ones (space, tab, CR, LF, FF, NUL), which may follow a PDF's marker, are left out. */
export function significantEnd(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && [0x20, 0x09, 0x0d, 0x0a, 0x0c, 0x00].includes(bytes[end - 1]!)) end--;
  return end;
}

/** French error for a logo, or null when it is acceptable (PNG, JPEG or WebP of 1 MB at most). */
export function checkLogo(bytes: Uint8Array, declaredName: string): string | null {
  const type = sniffFileType(bytes);
  if (type !== "png" && type !== "jpeg" && type !== "webp") return LOGO_TYPE_MESSAGE;
  const extension = fileExtension(declaredName);
  // A PNG saved as « .jpg » is harmless (served by its real type); « logo.svg » or « logo.html » is not a mistake.
  if (extension && !["png", "jpg", "jpeg", "jpe", "jfif", "webp"].includes(extension)) return LOGO_TYPE_MESSAGE;
  if (bytes.length > LOGO_MAX_BYTES) return LOGO_SIZE_MESSAGE;
  return null;
}

export type AttachmentOptions = {
  /** Restrict to these types (the help form takes PDF, images and spreadsheets only). */
  allowedTypes?: readonly FileType[];
  maxBytes?: number;
};

/**
 * What the checks need to know of a file, gathered whole (`summaryOf`) or as it streams
 * (`AttachmentInspector`): its size, its first 64 KiB, its last bytes, whether its text holds an SVG
 * element and whether it is valid UTF-8.
 */
export type FileSummary = { size: number; head: Uint8Array; tail: Uint8Array; svg: boolean; utf8: boolean };

export const HEAD_BYTES = 64 * 1024;
/** The last bytes before the trailing blank ones: where a PDF's last `%%EOF` must be. */
export const TAIL_BYTES = 1024;

export function summaryOf(bytes: Uint8Array): FileSummary {
  const end = significantEnd(bytes);
  return {
    size: bytes.length,
    head: bytes.subarray(0, HEAD_BYTES),
    tail: bytes.subarray(Math.max(0, end - TAIL_BYTES), end),
    svg: isSvg(new TextDecoder("utf-8", { fatal: false }).decode(bytes)),
    utf8: isUtf8(bytes),
  };
}

/** French error for an attachment, or null when it is acceptable. */
export function checkAttachment(bytes: Uint8Array, name: string, options: AttachmentOptions = {}): string | null {
  return judgeAttachment(summaryOf(bytes), name, options);
}

/** What the first bytes and the size alone refuse (a program, a page, a wrong type, too big), or null: the stream can stop at once. */
export function refusalFromHead(head: Uint8Array, size: number, name: string, options: AttachmentOptions = {}): string | null {
  const label = sanitizeFilename(name);
  const maxBytes = options.maxBytes ?? ATTACHMENT_MAX_BYTES;
  if (size > maxBytes) return sizeRefusal(label, maxBytes);
  const extension = fileExtension(name);
  if (FORBIDDEN_EXTENSIONS.has(extension) || isExecutable(head)) return programRefusal(label);
  if (extension === "svg" || extension === "svgz") return `Le fichier « ${label} » n'est pas accepté : ${SVG_REFUSED}`;
  if (head.length === 0) return null;
  const type = sniffFileType(head);
  if (type === "text" && isHtml(headText(head))) return programRefusal(label);
  const expected = EXPECTED_TYPE[extension];
  if (expected && expected !== type) return `Le fichier « ${label} » ne correspond pas à son extension`;
  if (options.allowedTypes && (!type || !options.allowedTypes.includes(type))) return `Le fichier « ${label} » n'est pas d'un type accepté`;
  return null;
}

export const sizeRefusal = (label: string, maxBytes: number) => `Le fichier « ${label} » ne doit pas dépasser ${Math.round(maxBytes / MEGABYTE)} Mo`;
const programRefusal = (label: string) => `Le fichier « ${label} » n'est pas accepté : les programmes et les pages web ne peuvent pas être déposés`;

/** The checks of `checkAttachment` on a file's summary. */
export function judgeAttachment(file: FileSummary, name: string, options: AttachmentOptions = {}): string | null {
  const label = sanitizeFilename(name);
  if (file.size === 0) return `Le fichier « ${label} » est vide`;
  const early = refusalFromHead(file.head, file.size, name, options);
  if (early) return early;
  const type = sniffFileType(file.head);
  if (type === "text" && file.svg) return `Le fichier « ${label} » n'est pas accepté : ${SVG_REFUSED}`;
  if (type === "pdf" && hasDataAfterPdfEnd(file.tail))
    return `Le fichier « ${label} » n'est pas un PDF valide : il contient d'autres données après la fin du document`;
  return null;
}

const ZIP_MIME: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
};
const OLE_MIME: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};
const SIMPLE_MIME: Partial<Record<FileType, string>> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  pdf: "application/pdf",
};

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The Content-Type to store and serve, from the sniffed content (the extension only refines zip, OLE and text). */
export function contentTypeFor(bytes: Uint8Array, name: string): string {
  return contentTypeOfSummary({ head: bytes.subarray(0, HEAD_BYTES), utf8: isUtf8(bytes) }, name);
}

export function contentTypeOfSummary(file: Pick<FileSummary, "head" | "utf8">, name: string): string {
  const type = sniffFileType(file.head);
  const extension = fileExtension(name);
  if (type === "docx/xlsx/zip") return ZIP_MIME[extension] ?? "application/zip";
  if (type === "ole") return OLE_MIME[extension] ?? "application/vnd.ms-office";
  if (type === "text") {
    // Only claim UTF-8 when it is: French Excel still writes CSV in Windows-1252.
    const charset = file.utf8 ? "; charset=utf-8" : "";
    return `${extension === "csv" ? "text/csv" : "text/plain"}${charset}`;
  }
  return (type && SIMPLE_MIME[type]) ?? "application/octet-stream";
}

/** A file name safe to store and show: no path, no control characters, 255 characters at most. */
export function sanitizeFilename(name: string): string {
  const base = (name.split(/[/\\]/).pop() ?? "")
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "")
    .normalize("NFC")
    .trim();
  const cleaned = base.replace(/^\.+/, "");
  return (cleaned || "fichier").slice(0, 255);
}

// RFC 8187 attr-char: letters, digits and !#$&+-.^_`|~ stay, the rest is percent-encoded.
function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `Content-Disposition` for a download (RFC 6266): an ASCII `filename` for old
 * clients, without quotes, backslashes or « % » (which some would decode, RFC 6266
 * appendix D), and the exact name in `filename*`.
 */
export function contentDispositionAttachment(filename: string): string {
  const name = sanitizeFilename(filename);
  const fallback =
    name
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[^\x20-\x7e]|["\\%;]/g, "_")
      .trim() || "fichier";
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}
