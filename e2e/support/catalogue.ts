import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { parisToday } from "../../lib/core/dates/paris";

/**
 * Data of the catalogue specs: each test makes its own structure and offers (test/factories.ts,
 * written straight into the e2e database), named with a word nobody else uses, and searches for
 * that word. A new search is a new cache key, so rows inserted behind the app's back are seen at once.
 */
export function uniqueWord(): string {
  // Letters only, so that the French stemmer keeps it one token; no accents, no digits.
  const letters = "bcdfghjklmnpqrstvwxz";
  return "zq" + Array.from(randomBytes(8), (b) => letters[b % letters.length]).join("");
}

/** The e2e server's today: the factories' offers pass it as `today`, so that they are published now. */
export const TODAY = parisToday();

/** The catalogue searched for `query`, as a link or the search box would open it. */
export async function search(page: Page, query: string) {
  await page.goto(`/offres?q=${encodeURIComponent(query)}`);
}

/** The heading above the results (« 3 offres », « Aucune offre ne correspond… »). */
export const resultsHeading = (page: Page, text: string | RegExp) => page.getByRole("heading", { level: 2, name: text });
