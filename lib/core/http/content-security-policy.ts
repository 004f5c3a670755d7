import { createHash } from "node:crypto";
import { boundedMemo } from "../cache/bounded-memo";

/**
 * The Content-Security-Policy of every HTML page (issue 14, finding 7; docs/decisions/0007-politique-de-securite-du-contenu.md).
 * Two script rules, because the two kinds of page are sent differently:
 * - a page rendered for the request (the private spaces, the forms) gets a fresh nonce, which Next
 *   puts on each of its scripts, and `'strict-dynamic'` lets those scripts load Next's chunks;
 * - a page served from the page cache (the catalogue, the legal pages) was rendered once for
 *   everybody, so it carries no nonce of the request: its own inline scripts are allowed by their
 *   hashes, Next's files by `'self'`. A nonce there would force a render per request (a tenth of the
 *   cached page's throughput, bench/README.md).
 * Styles keep `'unsafe-inline'`: the email preview's HTML is inline styles by nature, and a style
 * cannot run code (the decision page says what it still allows).
 */
const COMMON = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

export const CSP_HEADER = "content-security-policy";

/** The policy of a page rendered for this request: its scripts carry `nonce`. */
export function noncePolicy(nonce: string): string {
  return `script-src 'nonce-${nonce}' 'strict-dynamic'; ${COMMON}`;
}

// An inline script: a <script> without src, up to its end tag (a script's text cannot hold « </script »).
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The policy of a finished page: its inline scripts by their SHA-256, Next's script files from this origin. */
export function hashPolicy(html: string): string {
  const hashes = new Set<string>();
  for (const [, text] of html.matchAll(INLINE_SCRIPT)) {
    if (text) hashes.add(`'sha256-${createHash("sha256").update(text).digest("base64")}'`);
  }
  return `script-src ${["'self'", ...hashes].join(" ")}; ${COMMON}`;
}

// The page cache hands the same few pages out again and again: their policy is computed once.
export const cachedPagePolicy = boundedMemo(256, hashPolicy);
