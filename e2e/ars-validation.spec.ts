import type { Browser, Page } from "@playwright/test";
import { DEMO_CONTACT_EMAILS } from "../db/seed/region-settings";
import { addDays } from "../lib/core/dates/paris";
import { createOffer, createStructure } from "../test/factories";
import { TODAY, uniqueWord } from "./support/catalogue";
import { E2E } from "./support/config";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";
import { latestEmailTo } from "./support/mailbox";
import { insertOfferer, offerState, type Account } from "./support/structure-admin";

/**
 * docs/produit.md#qui-valide and #moderation-dune-offre: Grand Est validates « par l'ARS » (the demo
 * data sets it). A Grand Est structure asks for validation; its own VALIDEUR is told the ARS decides;
 * the Grand Est admin finds it in « Offres à valider » and validates it: it is public. Then the ARS
 * « Dépublier » it with a reason: the GESTIONNAIRE's email holds the reason and /offres no longer
 * lists it. Each test makes its own structure and accounts.
 */
const STRASBOURG = { regionCode: "44", departmentCode: "67", postalCode: "67000", communeCode: "67482", communeName: "Strasbourg" };

async function open(browser: Browser, account: Account): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await login(page, account);
  await expect(page).toHaveURL(/\/espace$/);
  return page;
}

async function expectInCatalogue(page: Page, word: string, offerName: string, listed: boolean) {
  await page.goto(`/offres?q=${word}`);
  if (listed) await expect(page.getByRole("link", { name: offerName })).toBeVisible();
  else await expect(page.getByRole("heading", { level: 2, name: "Aucune offre" })).toBeVisible();
  await expectAccessible(page);
}

test.describe("Validation par l'ARS (Grand Est) et dépublication", () => {
  test.describe.configure({ timeout: 180_000 });

  test("une offre du Grand Est demandée, validée par l'ARS, publique, puis dépubliée avec un motif", async ({ browser, page, db }) => {
    const word = uniqueWord();
    const offerName = `Sommeil des lycéens ${word}`;
    const { id: structureId } = await createStructure(db, { name: `Lycée alsacien ${word}`, ...STRASBOURG });
    const manager = await insertOfferer(db, structureId, { permissions: ["GESTIONNAIRE"], firstName: "Gaëlle" });
    const validator = await insertOfferer(db, structureId, { permissions: ["VALIDEUR"], firstName: "Valentin" });
    // Complete, published from today once validated.
    const { id: offerId } = await createOffer(db, {
      structureId,
      ...STRASBOURG,
      name: offerName,
      state: "DRAFT",
      authorId: manager.id,
      hostSiteName: `Lycée alsacien ${word}`,
      publicationStart: TODAY,
      publicationEnd: addDays(TODAY, 60),
    });

    // ——— The GESTIONNAIRE asks for validation: the dialog says the ARS validates ———
    const m = await open(browser, manager);
    await m.goto(`/espace/offres/${offerId}`);
    await m.getByRole("button", { name: "Demander la validation" }).click();
    const ask = m.getByRole("dialog");
    await expect(ask).toContainText("c'est elle qui valide les offres de votre région");
    await expectAccessible(m);
    await ask.getByRole("button", { name: "Demander la validation" }).click();
    await expect(ask).toBeHidden();
    await expect(m.getByTestId("validated-by-ars")).toContainText("validées par l'ARS");
    await expectAccessible(m);
    expect(await offerState(db, offerId)).toBe("PENDING");

    // ——— The structure's VALIDEUR cannot validate: the screen says the ARS does ———
    const v = await open(browser, validator);
    await v.goto(`/espace/offres/${offerId}`);
    await expect(v.getByRole("heading", { level: 1, name: offerName })).toBeVisible();
    await expect(v.getByTestId("validated-by-ars")).toBeVisible();
    await expect(v.getByRole("button", { name: "Valider", exact: true })).toHaveCount(0);
    await expect(v.getByRole("button", { name: "Renvoyer pour correction" })).toHaveCount(0);
    await expectAccessible(v);

    // ——— The Grand Est admin: the dashboard's count, the queue, the offer, « Valider » ———
    const toValidate = await latestEmailTo(db, DEMO_ACCOUNTS.adminGrandEst.email, "region-offer-to-validate");
    expect(toValidate.text).toContain(`Lycée alsacien ${word}`);
    await login(page, DEMO_ACCOUNTS.adminGrandEst);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByText("Validation des offres : par l'ARS")).toBeVisible();
    await page.getByRole("link", { name: /^Offres à valider \(\d+\)$/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Offres à valider" })).toBeVisible();
    const queue = page.getByRole("table", { name: /demandes? de validation, des plus anciennes aux plus récentes/ });
    await expect(queue.getByRole("row", { name: new RegExp(word) })).toContainText("Nouvelle offre");
    await expectAccessible(page);
    await queue.getByRole("link", { name: offerName }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/offres/${offerId}$`));
    await expect(page.getByTestId("validated-by")).toContainText("À valider par l'ARS");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Valider", exact: true }).click();
    const confirm = page.getByRole("dialog");
    await expectAccessible(page);
    await confirm.getByRole("button", { name: "Valider l'offre" }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText("Publiée", { exact: true }).first()).toBeVisible();
    expect(await offerState(db, offerId)).toBe("PUBLISHED");
    expect((await latestEmailTo(db, manager.email, "offer-validated")).subject).toContain(String(offerId));
    await expectInCatalogue(m, word, offerName, true);

    // ——— « Dépublier »: the reason is mandatory, then the offer is Caduque and off the catalogue ———
    await page.goto(`/admin/offres/${offerId}`);
    await page.getByRole("button", { name: "Dépublier", exact: true }).click();
    const unpublish = page.getByRole("dialog", { name: "Dépublier cette offre ?" });
    await unpublish.getByRole("button", { name: "Dépublier" }).click();
    await expect(unpublish.getByText("Indiquez le motif de la dépublication")).toBeVisible();
    await expect(unpublish.getByRole("textbox", { name: "Motif de la dépublication" })).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);
    const reason = `La description cite le prénom d'un élève (${word}).`;
    await unpublish.getByRole("textbox", { name: "Motif de la dépublication" }).fill(reason);
    await unpublish.getByRole("button", { name: "Dépublier" }).click();
    await expect(unpublish).toBeHidden();
    await expect(page.getByText("Caduque", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("row", { name: /Dépublication par l'ARS/ })).toContainText(reason);
    await expectAccessible(page);
    expect(await offerState(db, offerId)).toBe("EXPIRED");

    const email = await latestEmailTo(db, manager.email, "offer-unpublished");
    expect(email.subject).toBe(`Offre n° ${offerId} dépubliée par l'ARS`);
    expect(email.text).toContain(reason);
    expect(email.text).toContain(DEMO_CONTACT_EMAILS["44"]);
    await expectInCatalogue(m, word, offerName, false);
    expect((await m.goto(`/offres/${offerId}`))?.status()).toBe(404);

    // ——— Back only through the ARS: the structure is told, « Renouveler » waits for the ARS ———
    await v.goto(`/espace/offres/${offerId}`);
    await expect(v.getByTestId("moderated-by-ars")).toContainText("qu'après la validation de l'ARS");
    await expectAccessible(v);
    await m.context().close();
    await v.context().close();
  });

  test("« Paramètres de la région » : l'ARS du Grand Est lit sa règle ; un mode inconnu est refusé à côté du champ", async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.adminGrandEst);
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByRole("link", { name: "Paramètres de la région" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Paramètres de la région" })).toBeVisible();
    const mode = page.getByRole("radiogroup", { name: "Validation des offres" });
    await expect(mode.getByRole("radio", { name: "par l'ARS" })).toBeChecked();
    await expect(mode).toContainText("attendent l'ARS");
    await expect(page.getByRole("textbox", { name: "Adresse de contact de l'ARS" })).toHaveValue(DEMO_CONTACT_EMAILS["44"]);
    await expectAccessible(page);

    // A malformed address: refused in the browser, next to its field.
    const contact = page.getByRole("textbox", { name: "Adresse de contact de l'ARS" });
    await contact.fill("pas-une-adresse");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Saisissez une adresse email valide")).toBeVisible();
    await expectAccessible(page);

    // An unknown mode, as a hand-made request would send it (the page offers two): the server refuses
    // it next to the field, and nothing changes (were the rewrite to miss, the same values are saved).
    await contact.fill(DEMO_CONTACT_EMAILS["44"]);
    await page.route("**/admin/parametres", async (route) => {
      const request = route.request();
      if (request.method() !== "POST") return route.continue();
      await route.continue({ postData: (request.postData() ?? "").replace('"ARS"', '"PREFECTURE"') });
    });
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(mode).toContainText("Choisissez qui valide les offres de la région");
    await expect(page.getByTestId("settings-saved")).toHaveCount(0);
    await expectAccessible(page);
    await page.unroute("**/admin/parametres");
    await page.reload();
    await expect(page.getByRole("radio", { name: "par l'ARS" })).toBeChecked();

    // Another région's admin sees its own région's settings, never Grand Est's.
    await page.context().clearCookies();
    await login(page, DEMO_ACCOUNTS.adminIdf);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/admin/parametres");
    await expect(page.getByRole("radio", { name: "par les valideurs de la structure" })).toBeChecked();
    await expect(page.getByRole("textbox", { name: "Adresse de contact de l'ARS" })).toHaveValue(DEMO_CONTACT_EMAILS["11"]);
  });
});
