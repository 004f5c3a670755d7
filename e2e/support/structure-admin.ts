import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import type postgres from "postgres";
import { addDays } from "../../lib/core/dates/paris";
import { DEMO_ACCOUNTS } from "../../db/seed/demo-accounts";
import { createStructure, insertOffer, referenceIdOf, TODAY, uniqueWord } from "./catalogue";
import { expect } from "./fixtures";

type Sql = ReturnType<typeof postgres>;

/**
 * Data of the structure-administration specs: each test makes its own structure and accounts (the
 * demo password, copied from a demo account's hash), so specs run in parallel and re-run.
 */
export type Account = { id: string; email: string; firstName: string; lastName: string };

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}@e2e.sses.fr`;
}

export async function insertOfferer(
  sql: Sql,
  structureId: string,
  values: { permissions: string[]; firstName?: string; lastName?: string; email?: string; mustChangePassword?: boolean },
): Promise<Account> {
  const account = {
    email: values.email ?? uniqueEmail("offreur"),
    firstName: values.firstName ?? "Camille",
    lastName: values.lastName ?? `Durand-${randomBytes(2).toString("hex")}`,
  };
  const [row] = await sql<{ id: string }[]>`
    insert into users (kind, email, password_hash, first_name, last_name, job_title, phone, structure_id, permissions, must_change_password, last_login_at)
    select 'OFFERER', ${account.email}, password_hash, ${account.firstName}, ${account.lastName}, 'Directrice', '+33383000000', ${structureId},
           ${sql.array(values.permissions)}::permission[], ${values.mustChangePassword ?? false}, now()
      from users where email = ${DEMO_ACCOUNTS.offererAdmin.email}
    returning id`;
  return { id: row.id, ...account };
}

/** A fresh structure and its ADMIN (with more permissions when the case needs them). */
export async function structureWithAdmin(sql: Sql, options: { name?: string; regionCode?: string; departmentCode?: string; permissions?: string[] } = {}) {
  const name = options.name ?? `Réseau ${uniqueWord()}`;
  const structureId = await createStructure(sql, { name, regionCode: options.regionCode, departmentCode: options.departmentCode });
  const admin = await insertOfferer(sql, structureId, {
    permissions: options.permissions ?? ["ADMIN"],
    firstName: "Inès",
    lastName: `Garnier-${uniqueWord().slice(2, 6)}`,
  });
  return { structureId, name, admin };
}

/**
 * A complete offer written by `authorId`: waiting for validation (what « Demander la validation »
 * leaves), or a draft ready to be validated.
 */
export async function insertCompleteOffer(
  sql: Sql,
  structureId: string,
  authorId: string,
  name: string,
  options: { state?: "PENDING" | "DRAFT"; regionCode?: string } = {},
): Promise<number> {
  const state = options.state ?? "PENDING";
  const id = await insertOffer(sql, {
    structureId,
    name,
    state,
    regionCode: options.regionCode ?? "11",
    themeIds: [await referenceIdOf(sql, "THEME", "Sommeil")],
    targetPublicIds: [await referenceIdOf(sql, "TARGET_PUBLIC", "Collégiens")],
    fieldTypeId: await referenceIdOf(sql, "FIELD_TYPE", "Établissement scolaire"),
    publicationStart: TODAY,
    publicationEnd: addDays(TODAY, 60),
  });
  await sql`update offers set author_id = ${authorId} where id = ${id}`;
  if (state === "PENDING") {
    await sql`update offers set submitted_at = now() where id = ${id}`;
    await sql`insert into offer_status_history (offer_id, from_state, to_state, actor_id, action) values (${id}, 'DRAFT', 'PENDING', ${authorId}, 'submit')`;
  }
  return id;
}

export async function offerState(sql: Sql, id: number): Promise<string> {
  const [row] = await sql<{ state: string }[]>`select state from offers where id = ${id}`;
  return row.state;
}

/** « Nouvel utilisateur » through the form; returns once the list says « Enregistré avec succès ». */
export async function createUserThroughForm(
  page: Page,
  values: { firstName: string; lastName: string; email: string; password: string; permissions: string[]; jobTitle?: string; phone?: string },
) {
  await page.goto("/espace/utilisateurs");
  await page.getByRole("link", { name: "Créer un utilisateur" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nouvel utilisateur" })).toBeVisible();
  const textbox = (name: string) => page.getByRole("textbox", { name, exact: true });
  await textbox("Prénom").fill(values.firstName);
  await textbox("Nom").fill(values.lastName);
  await textbox("Email").fill(values.email);
  await textbox("Mot de passe").fill(values.password);
  await textbox("Confirmation du mot de passe").fill(values.password);
  for (const permission of values.permissions) await page.getByRole("checkbox", { name: permission }).check();
  await textbox("Fonction").fill(values.jobTitle ?? "Directrice d'école");
  await textbox("Téléphone").fill(values.phone ?? "03 83 12 34 56");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page).toHaveURL(/\/espace\/utilisateurs\?enregistre=1$/);
  await expect(page.getByTestId("user-created")).toContainText("Enregistré avec succès");
}

/** First login with a temporary password: « Nouveau mot de passe » comes before anything else. */
export async function firstLogin(page: Page, email: string, temporary: string, chosen: string) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse email").fill(email);
  await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill(temporary);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page).toHaveURL(/\/nouveau-mot-de-passe$/);
  await page.getByRole("textbox", { name: "Mot de passe temporaire", exact: true }).fill(temporary);
  await page.getByRole("textbox", { name: "Nouveau mot de passe", exact: true }).fill(chosen);
  await page.getByRole("textbox", { name: "Confirmation du mot de passe", exact: true }).fill(chosen);
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page).toHaveURL(/\/espace$/);
}

/**
 * An offer written through the four-step wizard of the offers space (the required fields only),
 * then « Demander la validation » or, for a user who is also VALIDEUR, « Valider ». Returns its id.
 */
export async function createOfferThroughWizard(
  page: Page,
  name: string,
  final: "Demander la validation" | "Valider" = "Demander la validation",
): Promise<number> {
  await page.goto("/espace/offres/nouvelle");
  await page.getByLabel("Nom de l'offre").fill(name);
  await page.getByLabel("Description").fill("Des ateliers sur le sommeil avec les élèves, préparés avec l'équipe enseignante.");
  await page
    .getByRole("group", { name: /Thématique/ })
    .getByLabel("Sommeil")
    .check();
  await page
    .getByRole("group", { name: /Public cible/ })
    .getByLabel("Élèves d'élémentaire")
    .check();
  await page.getByLabel("Nombre de places").fill("4");
  await page.getByLabel("Structure d'accueil").fill(name);
  await page.getByLabel("N° et rue").fill("2 rue de l'École");
  await page.getByRole("combobox", { name: /Code postal et commune/ }).fill("54000");
  await page
    .getByRole("option", { name: /54000 Nancy/ })
    .first()
    .click();
  await page.getByLabel("Type de terrain d'action").selectOption({ label: "Établissement scolaire" });
  await page.getByLabel("Email pour candidater").fill("direction@ecole.test");
  await page.getByRole("button", { name: /Suivant/ }).click();
  await expect(page).toHaveURL(/\/espace\/offres\/\d+\?etape=2/);
  const id = Number(/\/espace\/offres\/(\d+)/.exec(page.url())?.[1]);
  await page
    .getByRole("navigation", { name: "Étapes de l'offre" })
    .getByRole("link", { name: /Publication/ })
    .click();
  await expect(page).toHaveURL(/etape=4/);
  await page.getByLabel("Date de début de publication").fill(TODAY);
  await page.getByLabel("Date de fin de publication").fill(addDays(TODAY, 60));
  await page.getByRole("button", { name: final, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/espace/offres/${id}\\?message=${final === "Valider" ? "validee" : "validation-demandee"}`));
  return id;
}

/** « Valider » on the offer's page, confirmed, as a VALIDEUR does after the « offre à valider » email. */
export async function validateOnOfferPage(page: Page, offerId: number) {
  await page.goto(`/espace/offres/${offerId}`);
  await page.getByRole("button", { name: "Valider", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Valider l'offre" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator("main").getByText("Publiée", { exact: true }).first()).toBeVisible();
}
