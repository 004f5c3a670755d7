import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { addDays } from "../../lib/core/dates/paris";
import { offers, offerStatusHistory, users, type Permission } from "../../db/schema";
import { DEMO_ACCOUNTS } from "../../db/seed/demo-accounts";
import { createOffer, createStructure, createUser, referenceId } from "../../test/factories";
import { one } from "../../lib/core/rows";
import { TODAY, uniqueWord } from "./catalogue";
import { expect, type E2EDatabase } from "./fixtures";

/**
 * Data of the structure-administration specs: each test makes its own structure and accounts (the
 * demo password, copied from a demo account's hash), so specs run in parallel and re-run.
 */
export type Account = { id: string; email: string; firstName: string; lastName: string };

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}@e2e.sses.fr`;
}

/** A demo account's structure and password hash: accounts made with that hash log in with DEMO_PASSWORD, as the demo ones do. */
export async function demoAccount(db: E2EDatabase, email: string = DEMO_ACCOUNTS.offererAdmin.email) {
  const rows = await db.select({ structureId: users.structureId, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
  return one(rows, `demo account ${email}`);
}

export async function insertOfferer(
  db: E2EDatabase,
  structureId: string,
  values: { permissions: Permission[]; firstName?: string; lastName?: string; email?: string; mustChangePassword?: boolean },
): Promise<Account> {
  const account = {
    email: values.email ?? uniqueEmail("offreur"),
    firstName: values.firstName ?? "Camille",
    lastName: values.lastName ?? `Durand-${randomBytes(2).toString("hex")}`,
  };
  const user = await createUser(db, {
    kind: "OFFERER",
    ...account,
    passwordHash: (await demoAccount(db)).passwordHash,
    jobTitle: "Directrice",
    phone: "+33383000000",
    structureId,
    permissions: values.permissions,
    mustChangePassword: values.mustChangePassword ?? false,
    lastLoginAt: new Date(),
  });
  return { id: user.id, ...account };
}

/** A fresh structure and its ADMIN (with more permissions when the case needs them). */
export async function structureWithAdmin(
  db: E2EDatabase,
  options: { name?: string; regionCode?: string; departmentCode?: string; permissions?: Permission[] } = {},
) {
  const name = options.name ?? `Réseau ${uniqueWord()}`;
  const { id: structureId } = await createStructure(db, {
    name,
    ...(options.regionCode ? { regionCode: options.regionCode } : {}),
    ...(options.departmentCode ? { departmentCode: options.departmentCode } : {}),
  });
  const admin = await insertOfferer(db, structureId, {
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
  db: E2EDatabase,
  structureId: string,
  authorId: string,
  name: string,
  options: { state?: "PENDING" | "DRAFT"; regionCode?: string } = {},
): Promise<number> {
  const state = options.state ?? "PENDING";
  const offer = await createOffer(db, {
    structureId,
    name,
    state,
    authorId,
    regionCode: options.regionCode ?? "11",
    themeIds: [await referenceId(db, "THEME", "Sommeil")],
    targetPublicIds: [await referenceId(db, "TARGET_PUBLIC", "Collégiens")],
    fieldTypeId: await referenceId(db, "FIELD_TYPE", "Établissement scolaire"),
    publicationStart: TODAY,
    publicationEnd: addDays(TODAY, 60),
    submittedAt: state === "PENDING" ? new Date() : null,
  });
  if (state === "PENDING") {
    await db.insert(offerStatusHistory).values({ offerId: offer.id, fromState: "DRAFT", toState: "PENDING", actorId: authorId, action: "submit" });
  }
  return offer.id;
}

export async function offerState(db: E2EDatabase, id: number): Promise<string> {
  return one(await db.select({ state: offers.state }).from(offers).where(eq(offers.id, id)), `offer ${id}`).state;
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
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(page).toHaveURL(/\/nouveau-mot-de-passe$/);
  await page.getByRole("textbox", { name: "Mot de passe temporaire", exact: true }).fill(temporary);
  await page.getByRole("textbox", { name: "Nouveau mot de passe", exact: true }).fill(chosen);
  await page.getByRole("textbox", { name: "Confirmation du mot de passe", exact: true }).fill(chosen);
  // A user created with a temporary password has not accepted the CGU yet: they do it here.
  await page.getByRole("checkbox", { name: /J'accepte les conditions générales d'utilisation/ }).check();
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page).toHaveURL(/\/espace$/);
}

/** Wizard step 1, what the platform cannot know: name, description, « Sommeil », a public, 4 places. */
export async function fillOfferBasics(page: Page, name: string, audience: string) {
  await page.getByLabel("Nom de l'offre").fill(name);
  await page.getByRole("textbox", { name: "Description" }).fill("Des ateliers sur le sommeil, préparés avec l'équipe de la structure.");
  await page
    .getByRole("group", { name: /Thématique/ })
    .getByLabel("Sommeil")
    .check();
  await page
    .getByRole("group", { name: /Public cible/ })
    .getByLabel(audience)
    .check();
  await page.getByLabel("Nombre de places").fill("4");
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
  await fillOfferBasics(page, name, "Élèves d'élémentaire");
  await page.getByLabel("Structure d'accueil").fill(name);
  await page.getByLabel("N° et rue").fill("2 rue de l'École");
  // In Île-de-France, where each structure validates its offers (Grand Est's are validated by the ARS: docs/produit.md#qui-valide).
  await page.getByRole("combobox", { name: /Code postal et commune/ }).fill("93200");
  await page
    .getByRole("option", { name: /93200 Saint-Denis/ })
    .first()
    .click();
  await page.getByLabel("Type de terrain d'action").selectOption({ label: "Établissement scolaire" });
  await page.getByLabel("Email pour candidater").fill("direction@ecole.test");
  // What « Demander la validation » requires: a referent, the period, and a half-day or « Modalités ».
  await page
    .getByRole("group", { name: /Référent de l'offre/ })
    .getByLabel("Nom et prénom")
    .fill("Claire Martin");
  await page.getByRole("button", { name: /Suivant/ }).click();
  await expect(page).toHaveURL(/\/espace\/offres\/\d+\?etape=2/);
  const id = Number(/\/espace\/offres\/(\d+)/.exec(page.url())?.[1]);
  await page.getByLabel("Modalités de prise en charge").fill("Les jeudis matin, avec l'infirmière scolaire.");
  await page.getByLabel("Début de période").fill(addDays(TODAY, 30));
  await page.getByLabel("Fin de période").fill(addDays(TODAY, 120));
  await page.getByRole("button", { name: /Suivant/ }).click();
  await expect(page).toHaveURL(/etape=3/);
  await page
    .getByRole("navigation", { name: "Étapes de l'offre" })
    .getByRole("link", { name: /Publication/ })
    .click();
  await expect(page).toHaveURL(/etape=4/);
  await page.getByLabel("Date de début de publication").fill(TODAY);
  await page.getByLabel("Date de fin de publication").fill(addDays(TODAY, 60));
  if (final === "Valider") {
    // The author validating their own offer confirms it (nobody else read it).
    await page.getByRole("button", { name: "Valider et publier aux dates choisies" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Valider et publier aux dates choisies" }).click();
  } else {
    await page.getByRole("button", { name: "Demander la validation à un valideur de la structure" }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/espace/offres/${id}\\?message=${final === "Valider" ? "decision" : "validation-demandee"}`));
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
