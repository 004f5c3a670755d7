import { createHash, randomBytes, randomInt } from "node:crypto";
import { sirenFrom } from "../db/seed/siren";
import type { Page } from "@playwright/test";
import { E2E } from "./support/config";
import { createUser } from "../test/factories";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, expectAccessible, login, test, type E2EDatabase } from "./support/fixtures";
import { extractLink, findEmails, latestEmailTo } from "./support/mailbox";
import { demoAccount } from "./support/structure-admin";
import { one } from "../lib/core/rows";

// A real 1×1 PNG, and a PDF dressed up as one.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");
const FAKE_PNG = Buffer.from("%PDF-1.7\n1 0 obj << >> endobj\n");
const NEW_PASSWORD = "Trois pommes vertes à Saint-Denis";

/** A valid SIREN from a random 8-digit prefix: each run makes its own structures. */
function randomSiren(): string {
  return sirenFrom(String(randomInt(10_000_000, 100_000_000)));
}

type Applicant = { name: string; siren: string; email: string };

function newApplicant(): Applicant {
  const marker = randomBytes(4).toString("hex");
  return { name: `Association Prévention ${marker}`, siren: randomSiren(), email: `inscription-${marker}@exemple.fr` };
}

/** By accessible name: label texts also hold the required-field asterisk. */
function textbox(page: Page, name: string) {
  return page.getByRole("textbox", { name, exact: true });
}

/** « Se déconnecter », back to the home page as an anonymous visitor. */
async function logout(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/$/);
}

async function runCron(page: Page) {
  const response = await page.request.post("/api/cron", { headers: { authorization: `Bearer ${E2E.cronSecret}` } });
  expect(response.status()).toBe(200);
}

async function chooseCommune(page: Page, query: string, option: RegExp) {
  await page.getByRole("combobox", { name: "Commune" }).fill(query);
  await page.getByRole("option", { name: option }).click();
}

async function fillStructureStep(page: Page, applicant: Applicant) {
  await page.getByLabel("Type d'offreur").selectOption({ label: "Association" });
  await page.getByLabel("Raison sociale").fill(applicant.name);
  await page.getByLabel("SIREN").fill(applicant.siren.replace(/(\d{3})(?=\d)/g, "$1 "));
  await page.getByLabel("N° et rue").fill("12 rue de la République");
  await chooseCommune(page, "93200", /^93200 Saint-Denis/);
  await page.getByLabel("Civilité").selectOption("Madame");
  await textbox(page, "Nom").fill("Michu");
  await textbox(page, "Prénom").fill("Claire");
  await textbox(page, "Fonction").fill("Présidente");
  await page.getByLabel("Description de l'offreur").fill("Prévention <script>alert('x')</script> en milieu scolaire.");
}

async function fillAdminStep(page: Page, applicant: Applicant) {
  await textbox(page, "Prénom").fill("Claire");
  await textbox(page, "Nom").fill("MICHU");
  await textbox(page, "Fonction").fill("Médecin");
  await page.getByLabel("Email").fill(applicant.email);
  await page.getByLabel("Téléphone").fill("01 01 01 01 00");
}

async function submitSignup(page: Page, applicant: Applicant, { check = false } = {}) {
  await page.goto("/inscription");
  if (check) await expectAccessible(page);
  await fillStructureStep(page, applicant);
  await page.getByLabel("Logo de la structure").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByRole("img", { name: "Aperçu du logo choisi" })).toBeVisible();
  if (check) await expectAccessible(page);
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page.getByRole("heading", { name: /Informations du compte administrateur/ })).toBeVisible();
  if (check) await expectAccessible(page);
  await fillAdminStep(page, applicant);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/\/inscription\/confirmation$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre demande a bien été envoyée");
  if (check) await expectAccessible(page);
}

async function openRequest(page: Page, applicant: Applicant) {
  await login(page, DEMO_ACCOUNTS.adminIdf);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Demandes d'inscription" }).first().click();
  await expect(page).toHaveURL(/\/admin\/demandes$/);
  const request = page.getByRole("article", { name: applicant.name });
  await expect(request).toBeVisible();
  return request;
}

/** An offerer account made directly in the database, optionally without password or with a temporary one. */
async function createOfferer(db: E2EDatabase, options: { withPassword?: boolean; mustChange?: boolean } = {}) {
  const email = `compte-${randomBytes(4).toString("hex")}@exemple.fr`;
  const viewer = await demoAccount(db, DEMO_ACCOUNTS.viewer.email);
  await createUser(db, {
    email,
    passwordHash: options.withPassword === false ? null : viewer.passwordHash,
    firstName: "Lou",
    lastName: "Martin",
    structureId: viewer.structureId,
    permissions: ["GESTIONNAIRE"],
    mustChangePassword: options.mustChange ?? false,
  });
  return email;
}

test.describe("Créer un compte offreur, modération et mots de passe (issue 4)", () => {
  // Whole journeys through several pages and two accounts: longer than the default minute.
  test.describe.configure({ timeout: 150_000 });

  test("le parcours complet : inscription, acceptation par l'ARS, activation, arrivée dans l'espace", async ({ page, sql, db }) => {
    const applicant = newApplicant();
    await submitSignup(page, applicant, { check: true });

    const received = await latestEmailTo(db, applicant.email, "signup-received");
    expect(received.subject).toContain("Compte offreur en cours de validation");
    expect((await latestEmailTo(db, DEMO_ACCOUNTS.adminIdf.email, "signup-to-review")).subject).toContain(applicant.name);
    await runCron(page);

    const request = await openRequest(page, applicant);
    await expect(request).toContainText("93200 Saint-Denis");
    await expect(request).toContainText("<script>alert('x')</script>");
    await expect(request.getByRole("img", { name: `Logo de ${applicant.name}` })).toBeVisible();
    await expectAccessible(page);
    await request.getByRole("button", { name: "Accepter" }).click();
    const dialog = page.getByRole("dialog", { name: /Accepter la demande/ });
    await expect(dialog).toContainText(applicant.email);
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Accepter la demande" }).click();
    await expect(page.getByTestId("decision-done")).toContainText("Demande acceptée");
    await expect(page.getByRole("article", { name: applicant.name })).toHaveCount(0);
    await page.getByRole("link", { name: "Historique" }).click();
    await expect(page.getByRole("row", { name: new RegExp(applicant.name) })).toContainText("Acceptée");
    await expectAccessible(page);
    await logout(page);

    await runCron(page);
    const activation = await latestEmailTo(db, applicant.email, "account-activation");
    expect(activation.subject).toContain("Création d'un compte utilisateur");
    const link = new URL(extractLink(activation.text, "/activation/"));
    await page.goto(link.pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choisissez votre mot de passe");
    await expectAccessible(page);

    // The rules are checked as the user types.
    await page.getByLabel("Nouveau mot de passe").fill("court");
    await expect(page.getByText("Au moins 12 caractères : non respectée")).toBeAttached();
    await page.getByLabel("Nouveau mot de passe").fill(NEW_PASSWORD);
    await expect(page.getByText("Au moins 12 caractères : respectée")).toBeAttached();
    await page.getByLabel("Confirmation du mot de passe").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page.getByText("Vous devez accepter les conditions générales d'utilisation")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("J'accepte les conditions générales d'utilisation").check();
    await page.getByRole("button", { name: "Valider" }).click();

    await expect(page).toHaveURL(/\/espace$/);
    await expectAccessible(page);
    const user = one(
      await sql<{ permissions: string; terms: Date | null }[]>`
      select permissions::text as permissions, terms_accepted_at as terms from users where email = ${applicant.email}`,
    );
    expect(user.permissions.replace(/[{}]/g, "").split(",").sort()).toEqual(["ADMIN", "CONSULTATION", "GESTIONNAIRE", "VALIDEUR"]);
    expect(user.terms).not.toBeNull();

    // The link has served: a second visit is refused, with a way to get a new one.
    await logout(page);
    await page.goto(link.pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien n'est plus valide");
    await expectAccessible(page);
  });

  test("un refus arrive au demandeur avec son motif, et reste dans l'historique", async ({ page, db }) => {
    const applicant = newApplicant();
    await submitSignup(page, applicant);
    const request = await openRequest(page, applicant);
    await request.getByRole("button", { name: "Refuser" }).click();
    const dialog = page.getByRole("dialog", { name: /Refuser la demande/ });
    await dialog.getByRole("button", { name: "Refuser la demande" }).click();
    await expect(dialog.getByText("Ce champ est obligatoire")).toBeVisible();
    await expectAccessible(page);
    const reason = "Votre structure est déjà inscrite : demandez un accès à son administrateur.";
    await dialog.getByLabel("Motif du refus").fill(reason);
    await dialog.getByRole("button", { name: "Refuser la demande" }).click();
    await expect(page.getByTestId("decision-done")).toContainText("Demande refusée");

    await runCron(page);
    const refused = await latestEmailTo(db, applicant.email, "signup-refused");
    expect(refused.text).toContain(reason);
    await page.goto("/admin/demandes?onglet=historique");
    await expect(page.getByRole("row", { name: new RegExp(applicant.name) })).toContainText(reason);
    await expectAccessible(page);
  });

  test("mot de passe oublié : même réponse pour tous, lien de 2 h à usage unique", async ({ page, db }) => {
    const email = await createOfferer(db);
    await page.goto("/connexion");
    await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
    await expect(page).toHaveURL(/\/mot-de-passe-oublie$/);
    await expectAccessible(page);
    await page.getByLabel("Adresse email").fill("personne.inconnue@exemple.fr");
    await page.getByRole("button", { name: "Envoyer" }).click();
    const answer = "Si un compte existe pour cette adresse, un email vient de lui être envoyé.";
    await expect(page.getByTestId("link-sent")).toContainText(answer);

    await page.goto("/mot-de-passe-oublie");
    await page.getByLabel("Adresse email").fill(email.toUpperCase());
    await page.getByRole("button", { name: "Envoyer" }).click();
    await expect(page.getByTestId("link-sent")).toContainText(answer);
    await expectAccessible(page);

    await runCron(page);
    const reset = new URL(extractLink((await latestEmailTo(db, email, "password-reset")).text, "/mot-de-passe-oublie/"));
    await page.goto(reset.pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choisissez un nouveau mot de passe");
    await expectAccessible(page);
    await page.getByLabel("Nouveau mot de passe").fill(NEW_PASSWORD);
    await page.getByLabel("Confirmation du mot de passe").fill(`${NEW_PASSWORD}!`);
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page.getByText("Les deux mots de passe ne correspondent pas")).toBeVisible();
    await page.getByLabel("Confirmation du mot de passe").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page).toHaveURL(/\/espace$/);

    await logout(page);
    await page.goto(reset.pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien n'est plus valide");
    await login(page, { email }, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/espace$/);
  });

  test("un lien expiré est refusé, et on peut en demander un nouveau", async ({ page, sql, db }) => {
    const email = await createOfferer(db, { withPassword: false });
    const token = randomBytes(32).toString("base64url");
    const hash = createHash("sha256").update(token).digest("hex");
    await sql`insert into user_tokens (user_id, purpose, token_hash, expires_at, created_at)
              select id, 'ACTIVATION', ${hash}, now() - interval '1 minute', now() - interval '72 hours 1 minute' from users where email = ${email}`;
    await page.goto(`/activation/${token}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien n'est plus valide");
    await expectAccessible(page);
    await page.getByLabel("Adresse email").fill(email);
    await page.getByRole("button", { name: "Recevoir un nouveau lien" }).click();
    await expect(page.getByTestId("link-sent")).toContainText("Si un compte existe pour cette adresse");

    const fresh = new URL(extractLink((await latestEmailTo(db, email, "account-activation")).text, "/activation/"));
    expect(fresh.pathname).not.toContain(token);
    await page.goto(fresh.pathname);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choisissez votre mot de passe");
  });

  test("un mot de passe temporaire doit être remplacé avant tout le reste", async ({ page, sql, db }) => {
    const email = await createOfferer(db, { mustChange: true });
    await login(page, { email }, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/nouveau-mot-de-passe$/);
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/nouveau-mot-de-passe$/);
    await expectAccessible(page);
    await page.getByLabel("Mot de passe temporaire").fill("pas le bon mot de passe");
    await page.getByLabel("Nouveau mot de passe").fill(NEW_PASSWORD);
    await page.getByLabel("Confirmation du mot de passe").fill(NEW_PASSWORD);
    await page.getByRole("checkbox", { name: /J'accepte les conditions générales d'utilisation/ }).check();
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page.getByText("Le mot de passe actuel est incorrect")).toBeVisible();
    await page.getByLabel("Mot de passe temporaire").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page).toHaveURL(/\/espace$/);
    const user = one(await sql<{ must: boolean }[]>`select must_change_password as must from users where email = ${email}`);
    expect(user.must).toBe(false);
  });

  test.describe("sur un téléphone (360 px)", () => {
    test.use({ viewport: { width: 360, height: 800 } });

    test("une saisie erronée aux deux étapes s'affiche à côté des champs sans rien perdre", async ({ page, db }) => {
      const applicant = newApplicant();
      await page.goto("/inscription");
      await page.getByRole("button", { name: "Suivant" }).click();
      await expect(page.getByLabel("Raison sociale")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByText("Choisissez votre commune dans la liste proposée")).toBeVisible();
      await expectAccessible(page);

      await fillStructureStep(page, applicant);
      await page.getByLabel("SIREN").fill("732 829 321");
      await page.getByLabel("Logo de la structure").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: FAKE_PNG });
      await expect(page.getByText("Le logo doit être une image PNG, JPEG ou WebP")).toBeVisible();
      await page.getByRole("button", { name: "Suivant" }).click();
      await expect(page.getByText("Ce numéro SIREN n'est pas valide (clé de contrôle)")).toBeVisible();
      await expect(page.getByLabel("Raison sociale")).toHaveValue(applicant.name);
      await expectAccessible(page);
      await page.getByLabel("SIREN").fill(applicant.siren);
      await page.getByLabel("Logo de la structure").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
      await page.getByRole("button", { name: "Suivant" }).click();

      await expect(page.getByRole("heading", { name: /Informations du compte administrateur/ })).toBeVisible();
      await fillAdminStep(page, applicant);
      await page.getByLabel("Email").fill("claire michu@exemple.fr");
      await page.getByLabel("Téléphone").fill("+44 20 7946 0958");
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await expect(page.getByText("Saisissez une adresse email valide, par exemple nom@exemple.fr")).toBeVisible();
      await expect(page.getByText("Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89")).toBeVisible();
      await expectAccessible(page);

      // « ← Retour » and back: both steps kept what was typed, logo included.
      await page.getByRole("button", { name: "Retour" }).click();
      await expect(page.getByLabel("Raison sociale")).toHaveValue(applicant.name);
      await expect(page.getByLabel("SIREN")).toHaveValue(applicant.siren);
      await expect(page.getByRole("combobox", { name: "Commune" })).toHaveValue("93200 Saint-Denis");
      await expect(page.getByText("Logo choisi : logo.png")).toBeVisible();
      await page.getByRole("button", { name: "Suivant" }).click();
      await expect(page.getByLabel("Téléphone")).toHaveValue("+44 20 7946 0958");

      // An address already used on the platform gets the same answer as any other (issue 14, finding 5): its owner hears it by email.
      const noticesBefore = await findEmails(db, { to: DEMO_ACCOUNTS.viewer.email, template: "signup-address-in-use" });
      await page.getByLabel("Email").fill(DEMO_ACCOUNTS.viewer.email);
      await page.getByLabel("Téléphone").fill("06 12 34 56 78");
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await expect(page).toHaveURL(/\/inscription\/confirmation$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre demande a bien été envoyée");
      const notice = await latestEmailTo(db, DEMO_ACCOUNTS.viewer.email, "signup-address-in-use");
      expect(noticesBefore.map((row) => row.id)).not.toContain(notice.id);
      expect(notice.text).toContain("utilisez « Mot de passe oublié »");
      await expectAccessible(page);
    });
  });
});
