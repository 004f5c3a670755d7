import type { Browser, Locator } from "@playwright/test";
import { E2E } from "./config";
import { expect, login } from "./fixtures";

/** The phone of issue 16's walk-through: where the person met each problem, the test meets it too. */
export const PHONE = { width: 360, height: 740 };

/** A fresh browser context the size of a phone, logged in as `account` when given. */
export async function openPhone(browser: Browser, account?: { email: string }) {
  const context = await browser.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR", timezoneId: "Europe/Paris", viewport: PHONE });
  const page = await context.newPage();
  if (account) {
    await login(page, account);
    await expect(page).not.toHaveURL(/\/connexion/);
  }
  return { context, page };
}

/** Nothing of the element sticks out on the right of the phone's screen. */
export async function expectWithinPhoneWidth(locator: Locator) {
  const box = (await locator.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
}
