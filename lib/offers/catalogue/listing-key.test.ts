import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, parseCatalogueFilters } from "./filters";
import { ALL_OFFERS_KEY, filtersFromListingKey, listingKey } from "./listing-key";

describe("listing key", () => {
  it("round-trips any filters, accents and symbols included", () => {
    const filters = parseCatalogueFilters({ q: "hôpital & « santé » / 100 %", thematique: ["3", "1"], region: "44", hebergement: "1", page: "2" });
    const key = listingKey(filters);
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(filtersFromListingKey(key)).toEqual(filters);
  });

  it("is the same for the same filters written differently", () => {
    expect(listingKey(parseCatalogueFilters(new URLSearchParams("thematique=2&thematique=1&x=y")))).toBe(
      listingKey(parseCatalogueFilters(new URLSearchParams("thematique=1&thematique=2&page=1&q="))),
    );
  });

  it("names the unfiltered listing plainly and ignores malformed keys", () => {
    expect(listingKey(EMPTY_FILTERS)).toBe(ALL_OFFERS_KEY);
    expect(filtersFromListingKey(ALL_OFFERS_KEY)).toEqual(EMPTY_FILTERS);
    expect(filtersFromListingKey("<script>")).toEqual(EMPTY_FILTERS);
    expect(filtersFromListingKey("x".repeat(5000))).toEqual(EMPTY_FILTERS);
    // Valid base64url of junk parameters: parsed, junk dropped.
    expect(filtersFromListingKey(Buffer.from("page=abc&places=-1").toString("base64url"))).toEqual(EMPTY_FILTERS);
  });

  it("stays short enough for a path segment with the longest search", () => {
    const filters = parseCatalogueFilters({ q: "é".repeat(5000), thematique: Array.from({ length: 40 }, (_, i) => String(i + 1)) });
    expect(listingKey(filters).length).toBeLessThan(4000);
  });
});
