import type { Browser, Page } from "@playwright/test";
import { createOffer } from "../test/factories";
import { TODAY, uniqueWord } from "./support/catalogue";
import { E2E } from "./support/config";
import { DEMO_PASSWORD, expect, expectAccessible, login, test } from "./support/fixtures";
import { latestEmailTo } from "./support/mailbox";
import {
  createOfferThroughWizard,
  createUserThroughForm,
  firstLogin,
  insertOfferer,
  insertCompleteOffer,
  offerState,
  structureWithAdmin,
  uniqueEmail,
  validateOnOfferPage,
  type Account,
} from "./support/structure-admin";
import { nth, one } from "../lib/core/rows";

// The guides' organisation cases (guide IDF « Cas particulier », guide IDF ch. 7 « Les permissions : pour quoi faire ? »).
const TEMPORARY = "Provisoire du 12 septembre";
const CHOSEN = "Trois pommes vertes à Nancy";
// A 2×2 red PNG: a real image for the structure's logo.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==", "base64");

async function loginAs(page: Page, account: { email: string }, password = DEMO_PASSWORD) {
  await login(page, account, password);
  await expect(page).toHaveURL(/\/espace$/);
}

/** Another person at another browser: each account of a case keeps its own, as in real life. */
async function newBrowser(browser: Browser) {
  const context = await browser.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR", timezoneId: "Europe/Paris" });
  return { context, page: await context.newPage() };
}

async function otherBrowser(browser: Browser, account: { email: string }, password = DEMO_PASSWORD) {
  const opened = await newBrowser(browser);
  await loginAs(opened.page, account, password);
  return opened;
}

test.describe("Administration de la structure (issue 6)", () => {
  test.describe.configure({ timeout: 180_000 });

  test("cas 1 : la tête de réseau crée deux comptes gestionnaires ; leurs offres sont validées par la structure", async ({ page, browser, sql, db }) => {
    const head = await structureWithAdmin(db, { permissions: ["ADMIN", "VALIDEUR"] });
    await loginAs(page, head.admin);
    const administration = page.getByRole("navigation", { name: "Menu latéral" });
    await expect(administration.getByRole("link", { name: "Mon compte offreur" })).toBeVisible();
    await administration.getByRole("link", { name: "Utilisateurs" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
    await expect(page.getByRole("row", { name: new RegExp(head.admin.lastName) })).toContainText("Administrateur offreur");
    await expectAccessible(page);

    // The form, its live password rules and its errors next to the fields.
    await page.getByRole("link", { name: "Créer un utilisateur" }).click();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Choisissez au moins une permission")).toBeVisible();
    await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill("court");
    await expect(page.getByRole("listitem").filter({ hasText: "Au moins 12 caractères" })).toContainText("non respectée");
    await expectAccessible(page);

    const establishments: Account[] = [];
    for (const [index, school] of ["École Jean Jaurès", "Collège Victor Hugo"].entries()) {
      const account = { email: uniqueEmail(`etablissement${index + 1}`), firstName: "Directrice", lastName: school };
      await createUserThroughForm(page, { ...account, password: TEMPORARY, permissions: ["Gestionnaire d'offres"] });
      await expect(page.getByRole("row", { name: new RegExp(school) })).toContainText("Gestionnaire d'offres");
      const row = one(await sql<{ id: string }[]>`select id from users where email = ${account.email}`);
      establishments.push({ ...account, id: row.id });
      const email = await latestEmailTo(db, account.email, "user-created");
      expect(email.subject).toBe("Création d'un compte utilisateur");
      expect(email.text).toContain(head.name);
      expect(email.text + email.html).not.toContain(TEMPORARY);
    }
    await expectAccessible(page);

    // Each establishment: the temporary password first, then its own; no administration for it. The
    // first writes its offer through the wizard, the second's is written straight into the database.
    const offers: number[] = [];
    for (const [index, establishment] of establishments.entries()) {
      const school = await newBrowser(browser);
      await firstLogin(school.page, establishment.email, TEMPORARY, CHOSEN);
      await expect(school.page.getByRole("navigation", { name: "Menu latéral" }).getByRole("link", { name: "Utilisateurs" })).toHaveCount(0);
      await expectAccessible(school.page);
      const name = `Atelier sommeil ${establishment.lastName} ${uniqueWord()}`;
      if (index === 0) {
        offers.push(await createOfferThroughWizard(school.page, name));
      } else {
        offers.push(await insertCompleteOffer(db, head.structureId, establishment.id, name));
      }
      expect(await offerState(db, nth(offers, index))).toBe("PENDING");
      expect((await school.page.goto("/espace/utilisateurs"))?.status()).toBe(403);
      await school.context.close();
    }
    expect((await latestEmailTo(db, head.admin.email, "offer-to-validate")).subject).toContain(String(offers[0]));

    // The structure's VALIDEUR publishes them.
    for (const id of offers) await validateOnOfferPage(page, id);
    await expectAccessible(page);
    for (const id of offers) expect(await offerState(db, id)).toBe("PUBLISHED");
  });

  test("cas 2 : un compte gestionnaire et valideur publie seul", async ({ page, browser, db }) => {
    const network = await structureWithAdmin(db);
    await loginAs(page, network.admin);
    const account = { email: uniqueEmail("autonome"), firstName: "Malik", lastName: `Autonome ${uniqueWord().slice(2, 7)}` };
    await createUserThroughForm(page, { ...account, password: TEMPORARY, permissions: ["Gestionnaire d'offres", "Valideur d'offres"] });
    await expect(page.getByRole("row", { name: new RegExp(account.lastName) })).toContainText("Valideur d'offres");

    const own = await newBrowser(browser);
    await firstLogin(own.page, account.email, TEMPORARY, CHOSEN);
    // « Valider » right at the end of the wizard: nobody else is asked.
    const offerId = await createOfferThroughWizard(own.page, `Prévention solaire ${uniqueWord()}`, "Valider");
    expect(await offerState(db, offerId)).toBe("PUBLISHED");
    await expectAccessible(own.page);
    await own.context.close();
  });

  test("cas 3 : l'inspecteur administrateur et valideur, douze écoles gestionnaires", async ({ page, browser, sql, db }) => {
    const inspection = await structureWithAdmin(db, {
      // Île-de-France: its structures validate their offers (in Grand Est the ARS does, docs/produit.md#qui-valide).
      name: `Circonscription de Saint-Denis ${uniqueWord()}`,
      regionCode: "11",
      departmentCode: "93",
      permissions: ["ADMIN", "VALIDEUR"],
    });
    await loginAs(page, inspection.admin);
    const schools: Account[] = [];
    // Two school accounts through the form, the ten others straight into the database.
    for (let n = 1; n <= 12; n++) {
      const account = { email: uniqueEmail(`ecole${String(n).padStart(2, "0")}`), firstName: "Direction", lastName: `École ${String(n).padStart(2, "0")}` };
      if (n <= 2) {
        await createUserThroughForm(page, { ...account, password: TEMPORARY, permissions: ["Gestionnaire d'offres"] });
        const row = one(await sql<{ id: string }[]>`select id from users where email = ${account.email}`);
        schools.push({ ...account, id: row.id });
      } else {
        schools.push(await insertOfferer(db, inspection.structureId, { ...account, permissions: ["GESTIONNAIRE"] }));
      }
    }
    await page.goto("/espace/utilisateurs?permission=GESTIONNAIRE");
    await expect(page.getByRole("table")).toContainText("12 utilisateurs");
    await expectAccessible(page);

    // École 01 writes its offer through the wizard (after replacing its temporary password), the
    // eleven others are written straight into the database, all waiting for the inspector.
    const school = await newBrowser(browser);
    await firstLogin(school.page, nth(schools, 0).email, TEMPORARY, CHOSEN);
    const offers = [await createOfferThroughWizard(school.page, `Hygiène des mains ${nth(schools, 0).lastName} ${uniqueWord()}`)];
    await school.context.close();
    for (const school of schools.slice(1))
      offers.push(
        await insertCompleteOffer(db, inspection.structureId, school.id, `Hygiène des mains ${school.lastName} ${uniqueWord()}`, { regionCode: "11" }),
      );

    // The inspector sees the twelve waiting offers and validates them one by one.
    await page.goto("/espace/offres");
    await expect(page.getByRole("row").filter({ hasText: "En attente de validation" })).toHaveCount(12);
    await expectAccessible(page);
    for (const id of offers) await validateOnOfferPage(page, id);
    const states = await sql<{ state: string }[]>`select state from offers where id in ${sql(offers)}`;
    expect(states.map((s) => s.state)).toEqual(Array(12).fill("PUBLISHED"));
  });

  test("modifier un utilisateur, le geler : sa session ouverte se ferme ; le dernier administrateur reste", async ({ page, browser, sql, db }) => {
    const structure = await structureWithAdmin(db);
    const member = await insertOfferer(db, structure.structureId, {
      permissions: ["GESTIONNAIRE"],
      firstName: "Paul",
      lastName: `Martin ${uniqueWord().slice(2, 7)}`,
    });
    const elsewhere = await structureWithAdmin(db);
    const memberBrowser = await otherBrowser(browser, member);

    await loginAs(page, structure.admin);
    await page.goto("/espace/utilisateurs");
    await page.getByRole("link", { name: `Modifier ${member.firstName} ${member.lastName}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(member.lastName);
    await expect(page.getByRole("textbox", { name: "Prénom", exact: true })).toHaveCount(0);
    await expectAccessible(page);
    const newEmail = uniqueEmail("paul");
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(newEmail);
    await page.getByRole("checkbox", { name: "Valideur d'offres" }).check();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByTestId("user-saved")).toContainText("Enregistré avec succès");
    const [saved] = await sql<{ email: string; permissions: string }[]>`select email, permissions::text from users where id = ${member.id}`;
    expect(saved).toEqual({ email: newEmail, permissions: "{GESTIONNAIRE,VALIDEUR}" });

    // The permissions changed: the member's open session ends at its next request.
    await memberBrowser.page.goto("/espace");
    await expect(memberBrowser.page).toHaveURL(/\/connexion/);
    await loginAs(memberBrowser.page, { email: newEmail });

    // « Geler » from the list, after a confirmation; the member's open session ends again.
    await page.goto("/espace/utilisateurs");
    await page.getByRole("button", { name: `Geler ${member.firstName} ${member.lastName}` }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("ne pourra plus se connecter");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Geler", exact: true }).click();
    await expect(page.getByRole("row", { name: new RegExp(member.lastName) })).toContainText("Gelé");
    await memberBrowser.page.goto("/espace");
    await expect(memberBrowser.page).toHaveURL(/\/connexion/);
    await page.goto("/espace/utilisateurs?etat=gele");
    await expect(page.getByRole("table")).toContainText("1 utilisateur");
    await expectAccessible(page);

    // The only ADMIN cannot drop their own permission.
    await page.goto(`/espace/utilisateurs/${structure.admin.id}`);
    await page.getByRole("checkbox", { name: "Gestionnaire d'offres" }).check();
    await page.getByRole("checkbox", { name: "Administrateur offreur" }).uncheck();
    await page.getByRole("textbox", { name: "Fonction", exact: true }).fill("Présidente");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("La structure doit garder au moins un administrateur actif").first()).toBeVisible();
    await expectAccessible(page);
    const admin = one(await sql<{ permissions: string }[]>`select permissions::text from users where id = ${structure.admin.id}`);
    expect(admin.permissions).toBe("{ADMIN}");

    // Another structure's user: not found.
    expect((await page.goto(`/espace/utilisateurs/${elsewhere.admin.id}`))?.status()).toBe(404);
    await memberBrowser.context.close();
  });

  test("« Mon compte offreur » : les changements arrivent aussitôt sur les offres publiées", async ({ page, sql, db }) => {
    const structure = await structureWithAdmin(db);
    const offerId = (await createOffer(db, { today: TODAY, structureId: structure.structureId, name: `Atelier nutrition ${uniqueWord()}` })).id;
    await page.goto(`/offres/${offerId}`);
    await expect(page.getByText(structure.name).first()).toBeVisible();

    await loginAs(page, structure.admin);
    await page.getByRole("navigation", { name: "Menu latéral" }).getByRole("link", { name: "Mon compte offreur" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Ma structure" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Raison sociale" })).toHaveValue(structure.name);
    await expectAccessible(page);
    const renamed = `Prév ASSOCIATION Fleur bleue ${uniqueWord()}`;
    await page.getByRole("textbox", { name: "Raison sociale" }).fill(renamed);
    await page.getByRole("textbox", { name: "SIREN" }).fill("123456789");
    // The civility chosen at sign-up comes back in the form.
    await expect(page.getByRole("combobox", { name: "Civilité" })).toHaveValue("Madame");
    await page.getByLabel("Logo de la structure").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("%PDF-1.7 pas une image") });
    await expect(page.getByText("Le logo doit être une image PNG, JPEG ou WebP")).toBeVisible();
    await page.getByLabel("Logo de la structure").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
    await expect(page.getByRole("img", { name: "Aperçu du logo choisi" })).toBeVisible();
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByText("Ce numéro SIREN n'est pas valide")).toBeVisible();
    await page.getByRole("textbox", { name: "SIREN" }).fill("732 829 320");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByTestId("structure-saved")).toContainText("Enregistré avec succès");
    await expect(page.getByRole("img", { name: "Logo actuel de la structure" })).toBeVisible();
    await expectAccessible(page);

    await page.goto(`/offres/${offerId}`);
    await expect(page.getByText(renamed).first()).toBeVisible();
    await expect(page.locator(`img[src^="/fichiers/"]`).first()).toBeVisible();
    const log = one(await sql<{ action: string }[]>`select action from activity_log where structure_id = ${structure.structureId} order by id desc limit 1`);
    expect(log.action).toBe("structure.updated");
  });

  test("« Mon profil » depuis son nom : coordonnées et mot de passe ; les autres sessions se ferment", async ({ page, browser, sql, db }) => {
    const structure = await structureWithAdmin(db);
    const member = await insertOfferer(db, structure.structureId, { permissions: ["CONSULTATION"], firstName: "Lou" });
    const elsewhere = await otherBrowser(browser, member);
    await loginAs(page, member);
    await expect(page.getByRole("navigation", { name: "Menu latéral" }).getByRole("link", { name: "Mon compte offreur" })).toHaveCount(0);
    expect((await page.goto("/espace/structure"))?.status()).toBe(403);
    await page.goto("/espace");
    await page
      .getByRole("link", { name: `${member.firstName} ${member.lastName} – Mon profil` })
      .first()
      .click();
    await expect(page).toHaveURL(/\/espace\/profil$/);
    await expect(page.getByText(member.email)).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Email" })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole("textbox", { name: "Fonction" }).fill("Infirmière scolaire");
    await page.getByRole("textbox", { name: "Téléphone" }).fill("06 12 34 56 78");
    await page.getByRole("button", { name: "Enregistrer" }).click();
    await expect(page.getByTestId("profile-saved")).toBeVisible();

    await page.getByRole("textbox", { name: "Mot de passe actuel" }).fill("ce n'est pas le bon");
    await page.getByRole("textbox", { name: "Nouveau mot de passe", exact: true }).fill(CHOSEN);
    await page.getByRole("textbox", { name: "Confirmation du mot de passe" }).fill(CHOSEN);
    await page.getByRole("button", { name: "Changer mon mot de passe" }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText("Le mot de passe actuel est incorrect");
    await expectAccessible(page);
    await page.getByRole("textbox", { name: "Mot de passe actuel" }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Changer mon mot de passe" }).click();
    await expect(page.getByTestId("password-changed")).toBeVisible();

    // This browser stays logged in; the other one is logged out at its next request.
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/espace$/);
    await elsewhere.page.goto("/espace");
    await expect(elsewhere.page).toHaveURL(/\/connexion/);
    const [row] = await sql<{ job_title: string; phone: string }[]>`select job_title, phone from users where id = ${member.id}`;
    expect(row).toEqual({ job_title: "Infirmière scolaire", phone: "+33612345678" });
    await elsewhere.context.close();
  });
});
