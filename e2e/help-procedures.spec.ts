import type { Page } from "@playwright/test";
import { DEMO_CONTACT_EMAILS } from "../db/seed/region-settings";
import { E2E } from "./support/config";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";
import { nth } from "../lib/core/rows";

/**
 * « Aide » for every role (docs/produit.md#aide-et-assistance): the institutions' and the ARS's procedures under « Aide »
 * in their menus, each page printable without the site's frame; nobody reads another role's.
 */

/** Pages in a PDF rendered by Chromium: one « /Type /Page » object each (not « /Pages »). */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

/** In print mode the procedure stands alone: no header, menus, breadcrumb, footer or print button. */
async function expectPrintable(page: Page, title: string) {
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  for (const frame of [page.getByRole("banner"), page.getByRole("contentinfo"), page.getByRole("navigation", { name: "Menu latéral" })])
    await expect(frame).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimer ou enregistrer en PDF" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  return pageCount(pdf);
}

test.describe("Aide : les procédures de chaque rôle", () => {
  // Journeys through many pages, each checked by axe, on a shared machine: longer than the default minute.
  test.describe.configure({ timeout: 150_000 });

  test("un utilisateur d'établissement trouve ses procédures dans « Aide » et les imprime sans le cadre du site", async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.institution);
    await expect(page).toHaveURL(/\/espace\/disponibilites$/);
    await page.getByRole("navigation", { name: "Menu latéral" }).getByRole("link", { name: "Aide", exact: true }).click();
    await expect(page).toHaveURL(/\/espace\/aide$/);
    await expect(page.getByRole("heading", { level: 1, name: "Aide" })).toBeVisible();
    for (const title of ["Déclarer une période de disponibilité", "Modifier, dupliquer ou supprimer une période", "Consulter et exporter le calendrier"])
      await expect(page.getByRole("link", { name: title })).toBeVisible();
    // The offerers' procedures are not theirs.
    await expect(page.getByRole("link", { name: "Créer une offre" })).toHaveCount(0);
    // « Votre région »: the ARS's contact address (who validates offers is not their concern).
    const notice = page.getByTestId("region-help-notice");
    await expect(notice.getByRole("link", { name: DEMO_CONTACT_EMAILS["11"] })).toHaveAttribute("href", `mailto:${DEMO_CONTACT_EMAILS["11"]}`);
    await expect(notice).not.toContainText("validées");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Modifier, dupliquer ou supprimer une période" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Modifier, dupliquer ou supprimer une période" })).toBeVisible();
    await expect(page.getByTestId("region-help-notice")).toContainText(DEMO_CONTACT_EMAILS["11"]);
    await expect(page.getByRole("button", { name: "Imprimer ou enregistrer en PDF" })).toBeVisible();
    await expectAccessible(page);
    const pages = await expectPrintable(page, "Modifier, dupliquer ou supprimer une période");
    console.log(`[mesure] « Modifier, dupliquer ou supprimer une période » imprimée en A4 : ${pages} page(s)`);
    expect(pages).toBe(1);

    await page.goto("/espace/aide/declarer-une-periode");
    await expect(page.getByRole("heading", { level: 1, name: "Déclarer une période de disponibilité" })).toBeVisible();
    await expectAccessible(page);
    expect((await page.goto("/espace/aide/creer-une-offre"))?.status()).toBe(404);
    await expectAccessible(page);
  });

  test("l'ARS a ses procédures sous « Aide » ; un offreur garde les siennes ; un anonyme est renvoyé à la connexion", async ({ page, browser }) => {
    await login(page, DEMO_ACCOUNTS.adminGrandEst);
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByRole("navigation", { name: "Menu latéral" }).getByRole("link", { name: "Aide", exact: true }).click();
    await expect(page).toHaveURL(/\/admin\/procedures$/);
    await expectAccessible(page);
    const titles = [
      "Traiter les demandes d'inscription",
      "Valider les offres de la région",
      "Dépublier une offre ou la faire corriger",
      "Régler les paramètres de la région",
      "Suivre les offres de la région",
      "Dépanner un compte",
      "Répondre aux demandes d'assistance et tenir la FAQ",
    ];
    for (const title of titles) {
      await page.goto("/admin/procedures");
      await page.getByRole("link", { name: title }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      await expect(page.getByRole("link", { name: "Aide", exact: true }).first()).toBeVisible();
      await expectAccessible(page);
    }
    const pages = await expectPrintable(page, nth(titles, 6));
    console.log(`[mesure] « ${titles[6]} » imprimée en A4 : ${pages} page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect((await page.goto("/admin/procedures/inconnue"))?.status()).toBe(404);
    await expectAccessible(page);
    // /espace/aide is the offerers' and institutions' help: the ARS is sent to its own space.
    await page.goto("/espace/aide");
    await expect(page).toHaveURL(/\/admin$/);

    const context = await browser.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR", timezoneId: "Europe/Paris" });
    const other = await context.newPage();
    await other.goto("/admin/procedures/depanner-un-compte");
    await expect(other).toHaveURL(/\/connexion/);
    await login(other, DEMO_ACCOUNTS.manager);
    await expect(other).not.toHaveURL(/\/connexion/);
    await other.goto("/espace/aide");
    await expect(other.getByRole("link", { name: "Créer une offre" })).toBeVisible();
    // « Votre région » (Île-de-France): its structures validate their offers; the ARS's address.
    await expect(other.getByTestId("region-help-notice")).toContainText("validées par les valideurs de chaque structure");
    await expect(other.getByTestId("region-help-notice")).toContainText(DEMO_CONTACT_EMAILS["11"]);
    await expect(other.getByRole("link", { name: "Déclarer une période de disponibilité" })).toHaveCount(0);
    await expectAccessible(other);
    await other.goto("/espace/aide/publier-une-offre");
    await expect(other.getByRole("heading", { level: 2, name: "Une offre dépubliée ou renvoyée pour correction par l'ARS" })).toBeVisible();
    await expectAccessible(other);
    expect((await other.goto("/admin/procedures"))?.status()).toBe(403);
    await expect(other.getByRole("heading", { level: 1, name: "Aide" })).toHaveCount(0);
    await context.close();
  });
});
