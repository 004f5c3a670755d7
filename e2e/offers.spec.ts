import type { Browser, Page } from "@playwright/test";
import { addDays, formatDateFr } from "../lib/core/dates/paris";
import { createOffer, createStructure } from "../test/factories";
import { TODAY, uniqueWord } from "./support/catalogue";
import { E2E } from "./support/config";
import { expect, expectAccessible, login, test } from "./support/fixtures";
import { findEmails, latestEmailTo } from "./support/mailbox";
import { insertOfferer, type Account } from "./support/structure-admin";
import { one } from "../lib/core/rows";

/**
 * Issue 5: the offer lifecycle in the offerer space, through the screens of the guide IDF. Each test
 * makes its own structure and accounts (GESTIONNAIRE only, VALIDEUR only), so it runs in parallel
 * and can be re-run.
 */
async function open(browser: Browser, account: Account) {
  const context = await browser.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR", timezoneId: "Europe/Paris" });
  const page = await context.newPage();
  await login(page, account);
  await expect(page).toHaveURL(/\/espace$/);
  return { context, page };
}

const offerIdFromUrl = (page: Page) => Number(/\/espace\/offres\/(\d+)/.exec(page.url())?.[1]);

async function confirmDialog(page: Page, trigger: string | RegExp, confirm: string | RegExp) {
  await page.getByRole("button", { name: trigger, exact: typeof trigger === "string" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirm, exact: typeof confirm === "string" }).click();
  await expect(dialog).toBeHidden();
}

async function stateBadge(page: Page) {
  return page
    .locator("main")
    .getByText(/^(Brouillon|En attente de validation|Validée|Publiée|Caduque)$/)
    .first();
}

test.describe("Cycle de vie d'une offre (issue 5)", () => {
  test("créer en quatre étapes, renvoyer, corriger, valider, réviser, arrêter", async ({ browser, db }) => {
    test.setTimeout(240_000);
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Collège ${word}` });
    const manager = await insertOfferer(db, structureId, { permissions: ["GESTIONNAIRE"], firstName: "Inès" });
    const validator = await insertOfferer(db, structureId, { permissions: ["VALIDEUR"], firstName: "Marc" });
    const name = `Prévention tabac ${word}`;

    // ——— The GESTIONNAIRE writes the offer ———
    const m = await open(browser, manager);
    await expectAccessible(m.page);
    await m.page.getByRole("link", { name: "Offres", exact: true }).first().click();
    await expect(m.page.getByRole("heading", { level: 1, name: "Offres" })).toBeVisible();
    await expectAccessible(m.page);
    await m.page.getByRole("link", { name: /Créer/ }).click();
    await expect(m.page.getByRole("heading", { level: 1, name: "Nouvelle offre" })).toBeVisible();
    await expectAccessible(m.page);

    // Step 1: a forgotten name is caught before anything is sent.
    await m.page.getByRole("button", { name: /Suivant/ }).click();
    await expect(m.page.getByText("Ce champ est obligatoire").first()).toBeVisible();
    await m.page.getByLabel("Nom de l'offre").fill(name);
    await m.page.getByRole("textbox", { name: "Description" }).fill("Des ateliers sur les idées reçues autour du tabac avec les élèves de 4e.");
    await expect(m.page.getByText("72 / 1 000 caractères")).toBeVisible();
    await m.page
      .getByRole("group", { name: /Thématique/ })
      .getByLabel("Addictions (tabac, alcool, cannabis, écrans)")
      .check();
    await m.page
      .getByRole("group", { name: /Public cible/ })
      .getByLabel("Collégiens")
      .check();
    await m.page.getByLabel("Nombre de places").fill("6");
    await m.page.getByLabel("Structure d'accueil").fill(`Collège ${word}`);
    await m.page.getByLabel("N° et rue").fill("15 avenue Jean Moulin");
    await m.page.getByRole("combobox", { name: /Code postal et commune/ }).fill("93200");
    await m.page
      .getByRole("option", { name: /93200 Saint-Denis/ })
      .first()
      .click();
    await m.page.getByLabel("Type de terrain d'action").selectOption({ label: "Établissement scolaire" });
    await m.page.getByLabel("Email pour candidater").fill("infirmerie@college.fr");
    await m.page
      .getByRole("group", { name: /Référent de l'offre/ })
      .getByLabel("Nom et prénom")
      .fill("Claire Martin");
    await m.page.getByRole("button", { name: /Suivant/ }).click();

    // Step 2, on the offer's own page now (the draft exists).
    await expect(m.page).toHaveURL(/\/espace\/offres\/\d+\?etape=2/);
    const offerId = offerIdFromUrl(m.page);
    await expect(m.page.getByRole("heading", { name: /Modalités/ })).toBeVisible();
    await m.page.getByLabel("Modalités de prise en charge").fill("Tous les jeudis matin de novembre à février.");
    await m.page.getByLabel("Fractionnée", { exact: true }).check();
    await m.page.getByLabel("Début de période").fill(addDays(TODAY, 30));
    await m.page.getByLabel("Fin de période").fill(addDays(TODAY, 120));
    await m.page.getByRole("button", { name: "Tous les jours de semaine" }).click();
    await m.page.getByLabel("Mercredi après-midi").uncheck();
    await expect(m.page.getByLabel("Mercredi toute la journée")).not.toBeChecked();
    await expectAccessible(m.page);
    await m.page.getByRole("button", { name: /Suivant/ }).click();

    // Step 3, then « ← Retour »: step 2 kept what was typed.
    await expect(m.page).toHaveURL(/etape=3/);
    await m.page.getByLabel("Documents nécessaires à la candidature").fill("CV\nLettre de motivation");
    await m.page.getByLabel("Restauration").check();
    await m.page.locator('input[type="file"]').setInputFiles({ name: "programme.txt", mimeType: "text/plain", buffer: Buffer.from("Programme des ateliers") });
    await expect(m.page.getByRole("button", { name: "Retirer le document programme.txt" })).toBeVisible();
    await expectAccessible(m.page);
    await m.page.getByRole("button", { name: /Retour/ }).click();
    await expect(m.page).toHaveURL(/etape=2/);
    await expect(m.page.getByLabel("Lundi toute la journée")).toBeChecked();
    await expect(m.page.getByLabel("Mercredi après-midi")).not.toBeChecked();

    // Jump to step 4 from the diagram, save the draft, leave and come back.
    await m.page
      .getByRole("navigation", { name: "Étapes de l'offre" })
      .getByRole("link", { name: /Publication/ })
      .click();
    await expect(m.page).toHaveURL(/etape=4/);
    await m.page.getByLabel("Date de début de publication").fill(addDays(TODAY, -1));
    await m.page.getByLabel("Date de fin de publication").fill(addDays(TODAY, 30));
    await m.page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(m.page.getByText("La date de début de publication ne peut pas être antérieure à la date du jour")).toBeVisible();
    await m.page.getByLabel("Date de début de publication").fill(TODAY);
    await m.page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(m.page.getByText("Enregistré avec succès.")).toBeVisible();
    await expectAccessible(m.page);
    await m.page.goto("/espace/offres");
    await expect(m.page.getByRole("row", { name: new RegExp(name) })).toContainText("Brouillon");
    await m.page.getByRole("link", { name: `Modifier l'offre n° ${offerId}` }).click();
    await expect(m.page.getByLabel("Nom de l'offre")).toHaveValue(name);
    await expect(m.page.getByLabel("Nombre de places")).toHaveValue("6");
    await m.page
      .getByRole("navigation", { name: "Étapes de l'offre" })
      .getByRole("link", { name: /Publication/ })
      .click();
    await m.page.getByRole("button", { name: "Demander la validation à un valideur de la structure" }).click();
    await expect(m.page).toHaveURL(new RegExp(`/espace/offres/${offerId}\\?message=validation-demandee`));
    await expect(await stateBadge(m.page)).toHaveText("En attente de validation");
    await expectAccessible(m.page);
    const toValidate = await latestEmailTo(db, validator.email, "offer-to-validate");
    expect(toValidate.subject).toContain(String(offerId));

    // ——— The VALIDEUR sends it back ———
    const v = await open(browser, validator);
    await expect(v.page.getByText("1 offre en attente de validation")).toBeVisible();
    await expectAccessible(v.page);
    await v.page.goto("/espace/offres");
    await expect(v.page.getByRole("row").nth(1)).toContainText(name);
    await v.page.getByRole("link", { name, exact: true }).click();
    await expect(v.page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(v.page);
    await v.page.getByRole("button", { name: "Renvoyer pour correction" }).click();
    const dialog = v.page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Renvoyer pour correction" }).click();
    await expect(dialog.getByText("Expliquez ce qui doit être corrigé")).toBeVisible();
    await expectAccessible(v.page);
    await dialog.getByLabel("Commentaire").fill("Précisez le nombre de séances prévues.");
    await dialog.getByRole("button", { name: "Renvoyer pour correction" }).click();
    await expect(dialog).toBeHidden();
    await expect(await stateBadge(v.page)).toHaveText("Brouillon");
    const sentBack = await latestEmailTo(db, manager.email, "offer-sent-back");
    expect(sentBack.text).toContain("Précisez le nombre de séances prévues.");

    // ——— The author corrects it and asks again ———
    await m.page.goto(`/espace/offres/${offerId}`);
    await expect(m.page.getByText("« Précisez le nombre de séances prévues. »")).toBeVisible();
    await m.page.getByRole("link", { name: "Modifier", exact: true }).click();
    await expect(m.page).toHaveURL(/etape=1/);
    await m.page.getByRole("textbox", { name: "Description" }).fill("Quatre ateliers sur les idées reçues autour du tabac avec les élèves de 4e.");
    await m.page
      .getByRole("navigation", { name: "Étapes de l'offre" })
      .getByRole("link", { name: /Publication/ })
      .click();
    await expect(m.page).toHaveURL(/etape=4/);
    await m.page.getByRole("button", { name: "Demander la validation à un valideur de la structure" }).click();
    await expect(m.page).toHaveURL(/message=validation-demandee/);

    // ——— The VALIDEUR validates: published at once (its start is today) ———
    await v.page.goto(`/espace/offres/${offerId}`);
    await confirmDialog(v.page, "Valider", "Valider l'offre");
    await expect(await stateBadge(v.page)).toHaveText("Publiée");
    expect((await latestEmailTo(db, manager.email, "offer-validated")).text).toContain("Publiée");

    // ——— The public sees it, and its PDF ———
    const visitor = v.page.context().browser()!;
    const publicContext = await visitor.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR" });
    const pub = await publicContext.newPage();
    await pub.goto(`/offres?q=${word}`);
    await expect(pub.getByRole("link", { name })).toBeVisible();
    await expectAccessible(pub);
    await pub.getByRole("link", { name }).click();
    await expect(pub.getByRole("heading", { level: 1, name })).toBeVisible();
    const pdf = await pub.request.get(`/offres/${offerId}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const spacePdf = await m.page.request.get(`/espace/offres/${offerId}/pdf`);
    expect(spacePdf.status()).toBe(200);

    // ——— A modification stays invisible publicly until validated ———
    const newName = `Tabac et écrans ${word}`;
    await m.page.goto(`/espace/offres/${offerId}?etape=1`);
    await expect(m.page.getByText("Cette offre est en ligne")).toBeVisible();
    await m.page.getByLabel("Nom de l'offre").fill(newName);
    await m.page.getByRole("button", { name: "Enregistrer la modification" }).click();
    await expect(m.page.getByText("Modification enregistrée : elle reste à valider.")).toBeVisible();
    await pub.goto(`/offres/${offerId}`);
    await expect(pub.getByRole("heading", { level: 1, name })).toBeVisible();
    await m.page
      .getByRole("navigation", { name: "Étapes de l'offre" })
      .getByRole("link", { name: /Publication/ })
      .click();
    await m.page.getByRole("button", { name: "Demander la validation de la modification à un valideur de la structure" }).click();
    await expect(m.page).toHaveURL(/message=validation-demandee/);
    await pub.goto(`/offres/${offerId}`);
    await expect(pub.getByRole("heading", { level: 1, name })).toBeVisible();
    await v.page.goto(`/espace/offres/${offerId}`);
    await expect(v.page.getByRole("heading", { level: 1, name: newName })).toBeVisible();
    await expectAccessible(v.page);
    await confirmDialog(v.page, "Valider la modification", "Valider");
    await pub.goto(`/offres/${offerId}`);
    await expect(pub.getByRole("heading", { level: 1, name: newName })).toBeVisible();

    // ——— Stop: gone from the public site at once ———
    await m.page.goto(`/espace/offres/${offerId}`);
    await confirmDialog(m.page, "Arrêter la publication", "Arrêter la publication");
    await expect(await stateBadge(m.page)).toHaveText("Caduque");
    const gone = await pub.goto(`/offres/${offerId}`);
    expect(gone?.status()).toBe(404);
    await pub.goto(`/offres?q=${word}`);
    await expect(pub.getByRole("link", { name: newName })).toHaveCount(0);

    // The history says it all, in French.
    await m.page.goto(`/espace/offres/${offerId}`);
    const history = m.page.getByRole("region", { name: "Historique de l'offre" });
    for (const action of ["Création", "Demande de validation", "Renvoi pour correction", "Validation", "Modification validée", "Arrêt de la publication"]) {
      await expect(history.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
    }
    // The meeting point with the students' calendar (docs/produit.md#disponibilites-et-calendrier).
    await expect(m.page.getByRole("heading", { name: "Étudiants disponibles pour cette offre" })).toBeVisible();
    await expectAccessible(m.page);
    const emails = await findEmails(db, { to: manager.email });
    expect(emails.map((e) => e.template)).toEqual(expect.arrayContaining(["offer-sent-back", "offer-validated"]));

    await Promise.all([m.context.close(), v.context.close(), publicContext.close()]);
  });

  test("une CONSULTATION voit, filtre et exporte, sans bouton d'action", async ({ browser, sql, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Mairie ${word}` });
    const viewer = await insertOfferer(db, structureId, { permissions: ["CONSULTATION"] });
    const author = await insertOfferer(db, structureId, { permissions: ["GESTIONNAIRE"] });
    const row = await createOffer(db, {
      structureId,
      state: "VALIDATED",
      name: `Ateliers sommeil ${word}`,
      description: "Des ateliers.",
      authorId: author.id,
      publicationStart: addDays(TODAY, 10),
      publicationEnd: addDays(TODAY, 40),
    });
    await createOffer(db, { today: TODAY, structureId, state: "DRAFT", name: `Brouillon ${word}` });

    const { page, context } = await open(browser, viewer);
    await page.goto(`/espace/offres?etat=validee`);
    await expect(page.getByRole("heading", { level: 2, name: /1 offre/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Créer/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Supprimer/ })).toHaveCount(0);
    await expectAccessible(page);
    const csv = await page.request.get(`/espace/offres/export?nom=${word}`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const body = await csv.text();
    expect(body.charCodeAt(0)).toBe(0xfeff);
    expect(body).toContain(`"${row.id}";"Ateliers sommeil ${word}";"Validée"`);
    expect(body).toContain(`"${formatDateFr(addDays(TODAY, 10))}"`);
    expect(body.split("\r\n")).toHaveLength(4);

    await page.goto(`/espace/offres/${row.id}`);
    await expect(page.getByRole("heading", { level: 1, name: `Ateliers sommeil ${word}` })).toBeVisible();
    for (const name of ["Valider", "Supprimer", "Arrêter la publication", "Prolonger", "Dupliquer"]) {
      await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
    }
    await expect(page.getByRole("link", { name: "Modifier", exact: true })).toHaveCount(0);
    await expectAccessible(page);
    // The wizard is not for them: ?etape falls back to the read-only page.
    await page.goto(`/espace/offres/${row.id}?etape=1`);
    await expect(page.getByLabel("Nom de l'offre")).toHaveCount(0);
    // Another structure's offer: not found.
    const foreign = one(await sql<{ id: number }[]>`select id from offers where structure_id <> ${structureId} order by id limit 1`);
    expect((await page.goto(`/espace/offres/${foreign.id}`))?.status()).toBe(404);
    expect((await page.request.get(`/espace/offres/${foreign.id}/pdf`)).status()).toBe(404);
    await context.close();
  });

  test("un brouillon se supprime depuis n'importe quelle étape, après confirmation", async ({ browser, sql, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `École ${word}` });
    const manager = await insertOfferer(db, structureId, { permissions: ["GESTIONNAIRE"] });
    const draft = await createOffer(db, { today: TODAY, structureId, state: "DRAFT", name: `Brouillon ${word}`, authorId: manager.id });
    const { page, context } = await open(browser, manager);
    await page.goto(`/espace/offres/${draft.id}?etape=3`);
    await page.getByRole("button", { name: "Supprimer le brouillon" }).click();
    await expect(page.getByRole("dialog", { name: "Supprimer ce brouillon ?" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("dialog").getByRole("button", { name: "Supprimer le brouillon" }).click();
    await expect(page).toHaveURL(/\/espace\/offres$/);
    await expect(page.getByRole("link", { name: `Brouillon ${word}` })).toHaveCount(0);
    const row = one(await sql<{ deleted_at: Date | null }[]>`select deleted_at from offers where id = ${draft.id}`);
    expect(row.deleted_at).not.toBeNull();
    await context.close();
  });

  test("Activité : les compteurs mènent à la liste filtrée, la documentation est là", async ({ browser, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Association ${word}` });
    const validator = await insertOfferer(db, structureId, { permissions: ["VALIDEUR", "GESTIONNAIRE"] });
    await createOffer(db, { today: TODAY, structureId, state: "PENDING", name: `En attente ${word}`, authorId: validator.id });
    const { page, context } = await open(browser, validator);
    await expect(page.getByText("1 offre en attente de validation")).toBeVisible();
    await page.getByRole("link", { name: /1\s*En attente de validation/ }).click();
    await expect(page).toHaveURL(/\/espace\/offres\?etat=en-attente/);
    await expect(page.getByRole("link", { name: `En attente ${word}` })).toBeVisible();
    await page.getByRole("link", { name: "Aide", exact: true }).click();
    await page.getByRole("link", { name: "Créer une offre" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Créer une offre" })).toBeVisible();
    await expectAccessible(page);
    const emails = await findEmails(db, { to: validator.email });
    expect(emails).toEqual([]);
    await context.close();
  });
});
