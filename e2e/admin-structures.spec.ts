import type { Page } from "@playwright/test";
import { createOffer } from "../test/factories";
import { TODAY, uniqueWord } from "./support/catalogue";
import { E2E } from "./support/config";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, expectAccessible, login, test } from "./support/fixtures";
import { latestEmailTo } from "./support/mailbox";
import { structureWithAdmin } from "./support/structure-admin";

const REASON = "Des offres publiées contiennent les noms d'élèves : contactez l'ARS.";

/** The public catalogue searched for the test's own word: its offer listed, or « Aucune offre ». */
async function expectInCatalogue(page: Page, word: string, offerName: string, listed: boolean) {
  await page.goto(`/offres?q=${word}`);
  if (listed) await expect(page.getByRole("link", { name: offerName })).toBeVisible();
  else await expect(page.getByRole("heading", { level: 2, name: "Aucune offre" })).toBeVisible();
  await expectAccessible(page);
}

test.describe("Structures de la région (admin ARS, docs/produit.md#pouvoirs-de-lars)", () => {
  test.describe.configure({ timeout: 180_000 });

  test("l'ARS cherche une structure, l'ouvre, la gèle avec un motif puis la dégèle", async ({ page, browser, db }) => {
    const word = uniqueWord();
    const { structureId, name, admin } = await structureWithAdmin(db, { name: `Association ${word}`, permissions: ["ADMIN", "VALIDEUR"] });
    const offerName = `Ateliers sommeil ${word}`;
    const offerId = (await createOffer(db, { today: TODAY, structureId, name: offerName })).id;

    // The structure's own ADMIN, logged in at another browser before the freeze.
    const offerer = await browser.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR", timezoneId: "Europe/Paris" });
    const offererPage = await offerer.newPage();
    await login(offererPage, admin);
    await expect(offererPage).toHaveURL(/\/espace$/);

    await login(page, DEMO_ACCOUNTS.adminIdf);
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByRole("navigation", { name: "Menu latéral" }).getByRole("link", { name: "Structures", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Structures offreuses" })).toBeVisible();
    await expectAccessible(page);

    // Search by name (any case), then filter by status: the filters live in the URL.
    await page.getByRole("searchbox", { name: /Rechercher/ }).fill(word.toUpperCase());
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/admin\/structures\?recherche=/);
    const row = page.getByRole("row", { name: new RegExp(name) });
    await expect(row).toContainText("Active");
    await expect(row).toContainText("1 / 1");
    await expectAccessible(page);
    await page.getByLabel("Statut").selectOption("gelee");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/etat=gelee/);
    await expect(page.getByText("Aucune structure ne correspond à cette recherche.")).toBeVisible();
    await page.getByLabel("Statut").selectOption("");
    await page.getByRole("button", { name: "Filtrer" }).click();

    await page.getByRole("link", { name, exact: true }).click();
    await expect(page).toHaveURL(`/admin/structures/${structureId}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(admin.lastName) })).toContainText("Administrateur offreur");
    await expect(page.getByRole("link", { name: offerName })).toHaveAttribute("href", `/admin/offres/${offerId}`);
    await expectAccessible(page);

    await expectInCatalogue(page, word, offerName, true);
    await page.goto(`/admin/structures/${structureId}`);

    // « Geler » by keyboard: the dialog, the mandatory reason, then the confirmation.
    await page.getByRole("button", { name: "Geler la structure" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: `Geler ${name} ?` });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Geler la structure" }).click();
    await expect(dialog.getByText("Ce champ est obligatoire")).toBeVisible();
    await expect(dialog.getByRole("textbox", { name: "Motif du gel" })).toBeFocused();
    await page.keyboard.type(REASON);
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Annuler" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(dialog.getByRole("button", { name: "Geler la structure" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId("structure-frozen")).toContainText(REASON);
    await expect(page.getByRole("main").getByText("Gelée", { exact: true })).toBeVisible();
    await expect(page.getByRole("row", { name: /Structure gelée/ })).toContainText(REASON);
    await expectAccessible(page);

    const email = await latestEmailTo(db, admin.email, "structure-frozen");
    expect(email.text).toContain(REASON);

    // Its offer left the catalogue, its session ended, its login is refused.
    await expectInCatalogue(page, word, offerName, false);
    expect((await page.goto(`/offres/${offerId}`))?.status()).toBe(404);
    await offererPage.goto("/espace");
    await expect(offererPage).toHaveURL(/\/connexion/);
    await login(offererPage, admin);
    await expect(offererPage.getByText(/Votre structure est gelée : ses utilisateurs ne peuvent plus se connecter\./)).toBeVisible();

    // « Dégeler »: everything comes back.
    await page.goto(`/admin/structures/${structureId}`);
    await page.getByRole("button", { name: "Dégeler la structure" }).click();
    const unfreeze = page.getByRole("dialog", { name: `Dégeler ${name} ?` });
    await expectAccessible(page);
    await unfreeze.getByRole("button", { name: "Dégeler la structure" }).click();
    await expect(unfreeze).toBeHidden();
    await expect(page.getByTestId("structure-frozen")).toBeHidden();
    await expect(page.getByRole("main").getByText("Active", { exact: true })).toBeVisible();
    await expectInCatalogue(page, word, offerName, true);
    await login(offererPage, admin, DEMO_PASSWORD);
    await expect(offererPage).toHaveURL(/\/espace$/);
    expect((await latestEmailTo(db, admin.email, "structure-unfrozen")).subject).toContain(name);
    await offerer.close();
  });

  test("l'ARS corrige la raison sociale avec le formulaire de « Mon compte offreur » ; une autre région n'y a pas accès", async ({ page, db }) => {
    const word = uniqueWord();
    const { structureId, name } = await structureWithAdmin(db, { name: `Collectif ${word}` });
    const grandEst = await structureWithAdmin(db, { name: `Réseau lorrain ${word}`, regionCode: "44", departmentCode: "54" });

    await login(page, DEMO_ACCOUNTS.adminIdf);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto(`/admin/structures/${structureId}`);
    await page.getByRole("link", { name: "Modifier la structure" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Modifier la structure" })).toBeVisible();
    await expectAccessible(page);

    const raison = page.getByRole("textbox", { name: "Raison sociale" });
    await raison.fill("");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Ce champ est obligatoire").first()).toBeVisible();
    await expectAccessible(page);
    await raison.fill(`${name} (corrigé)`);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByTestId("structure-saved")).toContainText("Enregistré avec succès");
    await page.goto(`/admin/structures/${structureId}`);
    await expect(page.getByRole("heading", { level: 1, name: `${name} (corrigé)` })).toBeVisible();
    await expect(page.getByRole("row", { name: /Compte offreur modifié/ })).toBeVisible();

    for (const path of [`/admin/structures/${grandEst.structureId}`, `/admin/structures/${grandEst.structureId}/modifier`]) {
      expect((await page.goto(path))?.status()).toBe(404);
    }
    await page.goto(`/admin/structures?recherche=${word}`);
    await expect(page.getByRole("link", { name: `${name} (corrigé)` })).toBeVisible();
    await expect(page.getByRole("link", { name: grandEst.name })).toHaveCount(0);
    await expectAccessible(page);
  });
});
