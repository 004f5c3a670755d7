/**
 * Identifiers and page numbers read from URLs and forms: anything unexpected reads as « none »
 * (a 404 or the first page), never as an error, and never reaches SQL in a shape that would make
 * PostgreSQL fail (a malformed uuid, an integer out of range). Pure, and client-safe.
 */

/** A row id of a serial column (reference items…) in a query string or a form: 1 to 9 digits. */
export const SERIAL_ID_PATTERN = /^\d{1,9}$/;

/**
 * An offer's number in a URL (« /offres/1012 »): only canonical positive integers, so that « 0012 »,
 * « 1e3 » or « 12abc » are 404s and not another address of the same page.
 */
const OFFER_NUMBER_PATTERN = /^[1-9]\d{0,9}$/;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The largest page number read from a URL; the lists then show their last page. */
export const MAX_PAGE_NUMBER = 100_000;

export function parseSerialId(value: string): number | null {
  return SERIAL_ID_PATTERN.test(value) ? Number(value) : null;
}

export function parseOfferNumber(value: string): number | null {
  return OFFER_NUMBER_PATTERN.test(value) ? Number(value) : null;
}

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** `?page=` as a page number from 1 to `max`: 1 when missing or not digits, `max` when beyond. */
export function parsePage(value: string | undefined, max: number = MAX_PAGE_NUMBER): number {
  if (!value || !/^\d{1,12}$/.test(value)) return 1;
  return Math.min(Math.max(Number(value), 1), max);
}
