import type { IncomingMessage, ServerResponse } from "node:http";
import { boundedMemo } from "@/lib/core/cache/bounded-memo";
import { listingPathFor } from "@/lib/offers/catalogue/listing-key";
import { CATALOGUE_PARAMS } from "@/lib/offers/catalogue/url-params";

/**
 * proxy.ts's rewrite of a search (`/offres?q=…` to the cached page of its filters), done before Next
 * sees the request: Next then runs no proxy for it, which cost a search about a third of its
 * throughput (bench/README.md, « Catalogue »). proxy.ts keeps the rewrite for `next start` and
 * `next dev`. As Next does after a rewrite, a client navigation's answer names the path rendered,
 * from which the router reads the page's parameters.
 */
export function rewriteCatalogueSearch(req: IncomingMessage, res: ServerResponse): void {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url?.startsWith("/offres?")) return;
  const target = rewrittenPath(req.url);
  if (target === null) return;
  req.url = target;
  if (req.headers.rsc === "1") res.setHeader("x-nextjs-rewritten-path", req.url.split("?")[0]!);
}

/**
 * Reading the filters (zod, the accents of a text search) cost a search about 80 µs of its 2 ms
 * (bench/README.md, « Throughput with gzip »), and the same searches come back again and again: the
 * answer is kept per query string, a client navigation's `_rsc` (new at every click) aside.
 */
const rewrittenPathOf = boundedMemo(2_000, pathFor);

function rewrittenPath(url: string): string | null {
  const query = url.slice("/offres?".length);
  return query.includes("_rsc=") ? pathFor(query) : rewrittenPathOf(query);
}

function pathFor(query: string): string | null {
  const params = new URLSearchParams(query);
  return CATALOGUE_PARAMS.some((name) => params.has(name)) ? listingPathFor(params) : null;
}
