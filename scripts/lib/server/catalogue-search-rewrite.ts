import type { IncomingMessage, ServerResponse } from "node:http";
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
  const params = new URLSearchParams(req.url.slice("/offres?".length));
  if (!CATALOGUE_PARAMS.some((name) => params.has(name))) return;
  req.url = listingPathFor(params);
  if (req.headers.rsc === "1") res.setHeader("x-nextjs-rewritten-path", req.url.split("?")[0]!);
}
