import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import proxy from "@/proxy";
import { rewriteCatalogueSearch } from "./catalogue-search-rewrite";

function run(url: string, { method = "GET", rsc = false } = {}) {
  const req = { url, method, headers: rsc ? { rsc: "1" } : {} } as unknown as IncomingMessage;
  const headers: Record<string, string> = {};
  const res = { setHeader: (name: string, value: string) => void (headers[name] = value) } as unknown as ServerResponse;
  rewriteCatalogueSearch(req, res);
  return { url: req.url, headers };
}

describe("rewriteCatalogueSearch", () => {
  it("sends a search to the same cached page as proxy.ts does", () => {
    for (const query of ["q=sommeil", "departement=93", "thematique=2&thematique=1&x=y", "q=h%C3%B4pital&departement=59&page=2", "q=sommeil&_rsc=1a2b"]) {
      const proxied = proxy(new NextRequest(`http://localhost/offres?${query}`)).headers.get("x-middleware-rewrite");
      const target = new URL(proxied!);
      expect(run(`/offres?${query}`).url).toBe(target.pathname + target.search);
    }
  });

  it("gives a search asked again the same page (from its memo), and each navigation its own _rsc", () => {
    expect(run("/offres?q=sommeil").url).toBe(run("/offres?q=sommeil").url);
    expect(run("/offres?q=sommeil&_rsc=1").url).toMatch(/\?_rsc=1$/);
    expect(run("/offres?q=sommeil&_rsc=2").url).toMatch(/\?_rsc=2$/);
    expect(run("/offres?utm_source=lettre").url).toBe("/offres?utm_source=lettre");
    expect(run("/offres?utm_source=lettre").url).toBe("/offres?utm_source=lettre");
  });

  it("names the rendered path to a client navigation, as Next does after a rewrite", () => {
    const { url, headers } = run("/offres?q=sommeil&_rsc=1a2b", { rsc: true });
    expect(url).toMatch(/^\/offres\/recherche\/[\w-]+\?_rsc=1a2b$/);
    expect(headers["x-nextjs-rewritten-path"]).toBe(url?.split("?")[0]);
    expect(run("/offres?q=sommeil").headers).toEqual({});
  });

  it("leaves alone the unfiltered listing, other pages and other methods", () => {
    expect(run("/offres").url).toBe("/offres");
    expect(run("/offres?utm_source=lettre").url).toBe("/offres?utm_source=lettre");
    expect(run("/offres/12?q=x").url).toBe("/offres/12?q=x");
    expect(run("/offresx?q=x").url).toBe("/offresx?q=x");
    expect(run("/offres?q=x", { method: "POST" }).url).toBe("/offres?q=x");
  });
});
