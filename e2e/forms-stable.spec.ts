import type { Locator, Page } from "@playwright/test";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";

/**
 * An error that appeared as focus left a field pushed the form down between the press and the
 * release of the next click: a university secretary clicked « En fractionné » and « En continu » was
 * saved. Errors now show when the form is sent, so what the pointer aims at stays where it is.
 */

/** A person's click: press, a short human pause, release — the blur in between is what moved things. */
async function humanClick(page: Page, target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error("target not visible");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(150);
  await page.mouse.up();
}

test("a click right after leaving a field lands where it was aimed, and the errors wait for « Enregistrer »", async ({ page }) => {
  await login(page, DEMO_ACCOUNTS.institution);
  await expect(page).toHaveURL(/\/espace/);
  await page.goto("/espace/disponibilites/nouvelle");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.getByLabel("Date de début").fill("2027-03-01");
  await page.getByLabel("Date de fin").click(); // left empty: a required field
  await humanClick(page, page.getByText("En fractionné", { exact: true }));
  await expect(page.getByRole("radio", { name: /En fractionné/ })).toBeChecked();
  await expect(page.getByText("Ce champ est obligatoire")).toHaveCount(0);

  // Sent: every error next to its field, and what was typed and chosen is kept.
  await page.getByRole("button", { name: /Enregistrer/ }).click();
  await expect(page.getByText("Ce champ est obligatoire").first()).toBeVisible();
  await expect(page.getByLabel("Date de début")).toHaveValue("2027-03-01");
  await expect(page.getByRole("radio", { name: /En fractionné/ })).toBeChecked();
  await expectAccessible(page);
});
