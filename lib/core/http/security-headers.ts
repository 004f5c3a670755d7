import { randomBytes } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { CSP_HEADER, cachedPagePolicy, noncePolicy } from "./content-security-policy";

/** One year; no includeSubDomains: the platform's domain may have neighbours the operator does not run. */
export const HSTS_VALUE = "max-age=31536000";

let applying = false;

/**
 * Called once by instrumentation.ts in the Node.js server, like the socket-address stamp: every
 * request gets a nonce in its `Content-Security-Policy` request header (replacing any a client
 * sent), which is where Next reads the nonce it puts on its scripts; every HTML answer gets its
 * policy just before its headers leave (docs/decisions/0007-politique-de-securite-du-contenu.md):
 * - a page given whole to `end()` (a page from the cache, or rendered whole): the hashes of its inline scripts;
 * - a page streamed as it renders: the request's nonce.
 * With `https`, Strict-Transport-Security on every answer (README « En production »).
 */
export function applySecurityHeaders({ https }: { https: boolean }): void {
  if (applying) return;
  applying = true;
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    // A cached listing is rendered for everybody and sent whole (hash policy): a nonce would only
    // be baked into it, 32 times on /offres, about 0.8 kB of its 64 KiB budget (decision 0004), and
    // drawing it costs 30–40 µs of a 2 ms request (bench/README.md).
    const cachedListing = rendersForThePageCache(request.url);
    let nonce = cachedListing ? undefined : randomBytes(16).toString("base64");
    if (nonce) request.headers[CSP_HEADER] = noncePolicy(nonce);
    else delete request.headers[CSP_HEADER];
    if (https) response.setHeader("Strict-Transport-Security", HSTS_VALUE);
    wrapEnd(response, function (this: ServerResponse, body: unknown) {
      if (typeof body === "string" && !this.headersSent && needsPolicy(this)) this.setHeader(CSP_HEADER, cachedPagePolicy(body));
    });
    const writeHead = response.writeHead;
    response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      // A listing streamed after all (never seen) has no nonce in its scripts: the policy still names one, so nothing inline runs.
      if (needsPolicy(this)) this.setHeader(CSP_HEADER, noncePolicy((nonce ??= randomBytes(16).toString("base64"))));
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as ServerResponse["writeHead"];
  });
}

/**
 * Runs `before` with the body given to `end()` before any `end` does its work, including one put on the
 * response later: Next's compression replaces `end` with its own, which sends the headers first
 * (then only compressed bytes reach the `end` it wrapped).
 */
function wrapEnd(response: ServerResponse, before: (this: ServerResponse, body: unknown) => void): void {
  type End = (...args: unknown[]) => ServerResponse;
  const wrap = (end: End) =>
    function (this: ServerResponse, ...args: unknown[]) {
      before.call(this, args[0]);
      return end.apply(this, args);
    };
  let current = wrap(response.end as End);
  Object.defineProperty(response, "end", {
    configurable: true,
    get: () => current,
    set: (end: End) => (current = wrap(end)),
  });
}

/**
 * The catalogue's listing and its searches (app/offres/[[...cle]]/page.tsx, decision 0004): pages of
 * the page cache, rendered on their first request, always sent whole. Before any rewrite: `/offres`,
 * `/offres?…`, or the rewritten `/offres/recherche/<key>` that proxy.ts or a client navigation asks for.
 */
export function rendersForThePageCache(url: string | undefined): boolean {
  return url !== undefined && /^\/offres(?:\?|$|\/recherche\/)/.test(url);
}

function needsPolicy(response: ServerResponse): boolean {
  return !response.hasHeader(CSP_HEADER) && String(response.getHeader("content-type") ?? "").startsWith("text/html");
}
