import { addDays } from "../lib/core/dates/paris";
import { createStructure } from "../test/factories";
import { TODAY, uniqueWord } from "./support/catalogue";
import { expect, expectAccessible, test } from "./support/fixtures";
import { openPhone as openPhoneAs, PHONE } from "./support/phone";
import { fillOfferBasics, insertOfferer, type Account } from "./support/structure-admin";

/**
 * Issue 16, points 6, 7, 8 and 14: a new offerer on a phone (360 × 740) from an empty space to a
 * first offer. Each test makes its own structure and accounts.
 */
async function openPhone(browser: Parameters<typeof openPhoneAs>[0], account: Account) {
  const opened = await openPhoneAs(browser, account);
  await expect(opened.page).toHaveURL(/\/espace$/);
  return opened;
}

test.describe("L'assistant d'offre d'un nouvel offreur, sur un téléphone (issue 16)", () => {
  test.describe.configure({ timeout: 150_000 });

  test("espace vide → « Créer une offre », champs pré-remplis, titre, boutons expliqués, validation de sa propre offre confirmée", async ({ browser, db }) => {
    const word = uniqueWord();
    const structureName = `Maison de santé ${word}`;
    const { id: structureId } = await createStructure(db, { name: structureName, street: "4 place du Marché" });
    const me = await insertOfferer(db, structureId, { permissions: ["ADMIN", "GESTIONNAIRE", "VALIDEUR"], firstName: "Aline" });
    const { context, page } = await openPhone(browser, me);

    // ——— 14: the side menu waits behind « Menu »; the page starts with its heading ———
    const heading = page.getByRole("heading", { level: 1, name: "Activité" });
    await expect(heading).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Menu latéral" })).toBeHidden();
    expect((await heading.boundingBox())!.y).toBeLessThan(300);
    await page.getByRole("button", { name: "Menu" }).click();
    const sideMenu = page.getByRole("navigation", { name: "Menu latéral" });
    await expect(sideMenu.getByRole("link", { name: "Offres", exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Menu" }).click();

    // ——— 8: an empty « Activité » has one next step ———
    await expect(page.getByText("Votre structure n'a pas encore d'offre")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Menu" }).click();
    await sideMenu.getByRole("link", { name: "Offres", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Offres" })).toBeVisible();
    // No empty filter panel, no CSV export of nothing.
    await expect(page.getByRole("link", { name: /Exporter/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Filtrer|Rechercher/ })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Créer une offre" }).click();

    // ——— 7: what the platform knows is filled in, editable; the step starts with its fields ———
    await expect(page.getByRole("heading", { level: 1, name: "Nouvelle offre" })).toBeVisible();
    await expect(page).toHaveTitle(/^Nouvelle offre/);
    await expect(page.getByLabel("Structure d'accueil")).toHaveValue(structureName);
    await expect(page.getByLabel("N° et rue")).toHaveValue("4 place du Marché");
    await expect(page.getByRole("combobox", { name: /Code postal et commune/ })).toHaveValue(/93200 Saint-Denis/);
    const referent = page.getByRole("group", { name: /Référent de l'offre/ });
    await expect(referent.getByLabel("Nom et prénom")).toHaveValue(`Aline ${me.lastName}`);
    await expect(referent.getByLabel("Email")).toHaveValue(me.email);
    await expect(page.getByLabel("Email pour candidater")).toHaveValue(me.email);
    expect((await page.getByLabel("Nom de l'offre").boundingBox())!.y).toBeLessThan(PHONE.height);
    await expectAccessible(page);

    const name = `Ateliers sommeil ${word}`;
    await fillOfferBasics(page, name, "Collégiens");
    await page.getByLabel("Type de terrain d'action").selectOption({ label: "Établissement scolaire" });
    await page.getByRole("button", { name: /Suivant/ }).click();
    await expect(page).toHaveURL(/\/espace\/offres\/\d+\?etape=2/);
    // After the first save the tab names the offer.
    await expect(page).toHaveTitle(new RegExp(name));
    await page.getByLabel("Modalités de prise en charge").fill("Les mardis après-midi.");
    await page.getByLabel("Début de période").fill(addDays(TODAY, 30));
    await page.getByLabel("Fin de période").fill(addDays(TODAY, 90));
    await page.getByRole("button", { name: /Suivant/ }).click();
    await expect(page).toHaveURL(/etape=3/);
    await page.getByRole("button", { name: /Suivant/ }).click();
    await expect(page).toHaveURL(/etape=4/);

    // ——— 6: each final button says what it does; validating one's own offer asks first ———
    await page.getByLabel("Date de début de publication").fill(TODAY);
    await page.getByLabel("Date de fin de publication").fill(addDays(TODAY, 60));
    const help = page.getByTestId("final-actions-help");
    await expect(help).toContainText("les valideurs de la structure sont prévenus par courriel");
    await expect(help).toContainText("« Publiée » sur le site jusqu'à sa date de fin");
    await expect(page.getByRole("button", { name: "Demander la validation à un valideur de la structure" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Valider et publier aux dates choisies" }).click();
    const confirm = page.getByRole("dialog", { name: "Valider votre propre offre ?" });
    await expect(confirm).toContainText("sans qu'une autre personne l'ait relue");
    await expectAccessible(page);
    await confirm.getByRole("button", { name: "Annuler" }).click();
    await expect(confirm).toBeHidden();
    await expect(page).toHaveURL(/etape=4/);
    await page.getByRole("button", { name: "Valider et publier aux dates choisies" }).click();
    await confirm.getByRole("button", { name: "Valider et publier aux dates choisies" }).click();
    await expect(page).toHaveURL(/message=decision/);
    // 11: what happened, said at once: the new state, and no email to oneself.
    await expect(page.getByTestId("decision-notice")).toContainText("L'offre est validée : elle est « Publiée » sur le site public");
    await expect(page.getByTestId("decision-notice")).toContainText("Vous en êtes l'auteur : aucun courriel n'est parti.");
    await expect(page.locator("main").getByText("Publiée", { exact: true }).first()).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });

  test("dans une région où l'ARS valide, le bouton le dit ; un valideur qui n'a pas écrit l'offre n'a pas de confirmation", async ({ browser, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, {
      name: `École ${word}`,
      regionCode: "44",
      departmentCode: "54",
      postalCode: "54000",
      communeCode: "54395",
      communeName: "Nancy",
    });
    const manager = await insertOfferer(db, structureId, { permissions: ["GESTIONNAIRE"] });
    const { context, page } = await openPhone(browser, manager);
    await page.goto("/espace/offres/nouvelle");
    await expect(page.getByRole("combobox", { name: /Code postal et commune/ })).toHaveValue(/54000 Nancy/);
    await page.getByLabel("Nom de l'offre").fill(`Hygiène ${word}`);
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(page).toHaveURL(/\/espace\/offres\/\d+\?etape=1&enregistre=1/);
    await page
      .getByRole("navigation", { name: "Étapes de l'offre" })
      .getByRole("link", { name: /Publication/ })
      .click();
    await expect(page).toHaveURL(/etape=4/);
    await expect(page.getByRole("button", { name: "Demander la validation à l'ARS" })).toBeVisible();
    await expect(page.getByTestId("final-actions-help")).toContainText("l'ARS, qui valide les offres de votre région, est prévenue par courriel");
    await expect(page.getByRole("button", { name: /Valider et publier/ })).toHaveCount(0);
    await expectAccessible(page);
    await context.close();
  });
});
