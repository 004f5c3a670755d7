import {
  ATTACHMENT_MAX_BYTES,
  contentTypeOfSummary,
  HEAD_BYTES,
  isSvg,
  judgeAttachment,
  refusalFromHead,
  sanitizeFilename,
  significantEnd,
  sizeRefusal,
  TAIL_BYTES,
  type AttachmentOptions,
} from "./files";

/**
 * A file judged as it streams (POST /api/fichiers): `push` each chunk (it answers a refusal as soon
 * as the first 64 KiB or the size show one), then `finish` for the whole judgement and the type to
 * store. Only the head, the last bytes and a short overlap for the SVG search are kept.
 */
export class AttachmentInspector {
  private size = 0;
  private head: Uint8Array = new Uint8Array(0);
  private tail: Uint8Array = new Uint8Array(0);
  private svg = false;
  private utf8 = true;
  private carry = "";
  private readonly utf8Decoder = new TextDecoder("utf-8", { fatal: true });
  private readonly textDecoder = new TextDecoder("utf-8", { fatal: false });

  constructor(
    private readonly name: string,
    private readonly options: AttachmentOptions = {},
  ) {}

  /** Adds a chunk; a refusal the file cannot recover from, or null. */
  push(chunk: Uint8Array): string | null {
    this.size += chunk.length;
    const headWasFull = this.head.length >= HEAD_BYTES;
    if (!headWasFull) this.head = concat(this.head, chunk.subarray(0, HEAD_BYTES - this.head.length));
    const significant = significantEnd(chunk);
    if (significant > 0)
      this.tail = (significant >= TAIL_BYTES ? chunk.subarray(0, significant) : concat(this.tail, chunk.subarray(0, significant))).slice(-TAIL_BYTES);
    if (this.utf8) {
      try {
        this.utf8Decoder.decode(chunk, { stream: true });
      } catch {
        this.utf8 = false;
      }
    }
    if (!this.svg) {
      // The overlap keeps an element cut between two chunks.
      const text = this.carry + this.textDecoder.decode(chunk, { stream: true });
      this.svg = isSvg(text);
      this.carry = text.slice(-256);
    }
    const maxBytes = this.options.maxBytes ?? ATTACHMENT_MAX_BYTES;
    if (this.size > maxBytes) return sizeRefusal(sanitizeFilename(this.name), maxBytes);
    // Judged once, when the head is complete (or at the end, for a smaller file).
    return !headWasFull && this.head.length >= HEAD_BYTES ? refusalFromHead(this.head, this.size, this.name, this.options) : null;
  }

  /** The whole judgement once the file has ended, and the Content-Type to store. */
  finish(): { problem: string | null; mimeType: string; size: number } {
    if (this.utf8) {
      try {
        this.utf8Decoder.decode();
      } catch {
        this.utf8 = false;
      }
    }
    const summary = { size: this.size, head: this.head, tail: this.tail, svg: this.svg, utf8: this.utf8 };
    return { problem: judgeAttachment(summary, this.name, this.options), mimeType: contentTypeOfSummary(summary, this.name), size: this.size };
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
