import { eq } from "drizzle-orm";
import { users } from "../db/schema";
import { createUser, TEST_PASSWORD } from "../test/factories";
import { one } from "../lib/core/rows";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";
import { extractLink, latestEmailTo } from "./support/mailbox";
import { insertCompleteOffer, insertOfferer, structureWithAdmin, uniqueEmail } from "./support/structure-admin";

const CHOSEN = "Quatre tilleuls au bord de la Meurthe";

/** Issue 13 §2: the ARS rescues accounts; a structure's ADMIN deletes a user; the CGU at the first login with a temporary password. */
test.describe("Comptes : secours par l'ARS, suppression, CGU", () => {
  test("l'ARS corrige l'email mal saisi d'un administrateur, qui active son compte depuis la nouvelle adresse", async ({ page, browser, db }) => {
    const { structureId, name } = await structureWithAdmin(db);
    const typo = uniqueEmail("direction.ecol");
    const stuck = await createUser(db, { structureId, email: typo, passwordHash: null, firstName: "Nora", lastName: "Lefebvre", permissions: ["ADMIN"] });
    const right = uniqueEmail("direction.ecole");

    await login(page, DEMO_ACCOUNTS.adminIdf);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto(`/admin/structures/${structureId}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Modifier l'email de Nora Lefebvre" }).click();
    const dialog = page.getByRole("dialog", { name: "Modifier l'email de Nora Lefebvre" });
    await dialog.getByLabel("Nouvelle adresse email").fill("pas-une-adresse");
    await dialog.getByRole("button", { name: "Enregistrer l'email" }).click();
    await expect(dialog.getByText(/adresse email valide/)).toBeVisible();
    await expectAccessible(page);
    await dialog.getByLabel("Nouvelle adresse email").fill(right);
    await dialog.getByRole("button", { name: "Enregistrer l'email" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(right)).toBeVisible();

    expect((await latestEmailTo(db, typo, "email-changed-notice")).text).toContain("a remplacé cette adresse");
    const link = extractLink((await latestEmailTo(db, right, "email-changed")).text, "/activation/");
    const person = await (await browser.newContext()).newPage();
    await person.goto(link);
    await expectAccessible(person);
    await person.getByRole("textbox", { name: "Nouveau mot de passe", exact: true }).fill(CHOSEN);
    await person.getByRole("textbox", { name: "Confirmation du mot de passe", exact: true }).fill(CHOSEN);
    await person.getByRole("checkbox", { name: /J'accepte les conditions générales d'utilisation/ }).check();
    await person.getByRole("button", { name: "Valider" }).click();
    await expect(person).toHaveURL(/\/espace$/);
    expect(one(await db.select().from(users).where(eq(users.id, stuck.id)))).toMatchObject({ email: right, termsVersion: 1 });
  });

  test("un administrateur de structure supprime un utilisateur : l'historique de l'offre montre « Utilisateur supprimé »", async ({ page, db }) => {
    const { structureId, admin } = await structureWithAdmin(db, { permissions: ["ADMIN", "CONSULTATION"] });
    const leaving = await insertOfferer(db, structureId, { permissions: ["GESTIONNAIRE"], firstName: "Hugo", lastName: "Marchal" });
    const offerId = await insertCompleteOffer(db, structureId, leaving.id, "Atelier sommeil des CM2");

    await login(page, admin);
    await expect(page).toHaveURL(/\/espace$/);
    await page.goto("/espace/utilisateurs");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Supprimer Hugo Marchal" }).click();
    const dialog = page.getByRole("dialog", { name: "Supprimer le compte de Hugo Marchal ?" });
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Supprimer le compte" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("cell", { name: "Marchal" })).toHaveCount(0);

    await page.goto(`/espace/offres/${offerId}`);
    const history = page.getByRole("table", { name: "Historique de l'offre" });
    await expect(history.getByText("Utilisateur supprimé")).toBeVisible();
    await expect(history.getByText("Hugo Marchal")).toHaveCount(0);
    await expectAccessible(page);
  });

  test("un utilisateur au mot de passe provisoire accepte les CGU à sa première connexion", async ({ page, db }) => {
    const { structureId } = await structureWithAdmin(db);
    const user = await createUser(db, { structureId, email: uniqueEmail("provisoire"), permissions: ["GESTIONNAIRE"], mustChangePassword: true });

    await login(page, { email: user.email }, TEST_PASSWORD);
    await expect(page).toHaveURL(/\/nouveau-mot-de-passe$/);
    await page.getByRole("textbox", { name: "Mot de passe temporaire", exact: true }).fill(TEST_PASSWORD);
    await page.getByRole("textbox", { name: "Nouveau mot de passe", exact: true }).fill(CHOSEN);
    await page.getByRole("textbox", { name: "Confirmation du mot de passe", exact: true }).fill(CHOSEN);
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page.getByText("Vous devez accepter les conditions générales d'utilisation")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Nouveau mot de passe", exact: true })).toHaveValue(CHOSEN);
    await expectAccessible(page);
    await page.getByRole("checkbox", { name: /J'accepte les conditions générales d'utilisation/ }).check();
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page).toHaveURL(/\/espace$/);
    const after = one(await db.select().from(users).where(eq(users.id, user.id)));
    expect(after).toMatchObject({ mustChangePassword: false, termsVersion: 1 });
    expect(after.termsAcceptedAt).not.toBeNull();
  });
});
