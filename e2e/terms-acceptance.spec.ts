import { eq } from "drizzle-orm";
import { users } from "../db/schema";
import { CURRENT_TERMS_VERSION } from "../lib/users/terms";
import { one } from "../lib/core/rows";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";
import { insertOfferer, structureWithAdmin } from "./support/structure-admin";

/**
 * docs/produit.md#comptes-et-securite: when the CGU change, everyone accepts them again at their next login, on a page
 * they cannot skip; the version and the date are recorded. The demo accounts hold the version in force and are never asked.
 */
test.describe("Nouvelles conditions d'utilisation", () => {
  test.describe.configure({ timeout: 120_000 });

  test("un utilisateur qui a accepté une version plus ancienne les accepte à sa connexion, sans pouvoir passer la page", async ({ page, db }) => {
    const { structureId } = await structureWithAdmin(db);
    const account = await insertOfferer(db, structureId, { permissions: ["GESTIONNAIRE"], firstName: "Bérénice" });
    const acceptedBefore = new Date("2025-09-01T08:00:00Z");
    await db
      .update(users)
      .set({ termsVersion: CURRENT_TERMS_VERSION - 1, termsAcceptedAt: acceptedBefore })
      .where(eq(users.id, account.id));

    await login(page, account);
    await expect(page).toHaveURL(/\/cgu\/accepter$/);
    await expect(page.getByRole("heading", { level: 1, name: "Nouvelles conditions d'utilisation" })).toBeVisible();
    await expectAccessible(page);

    // The page cannot be skipped: the space sends back to it.
    await page.goto("/espace/offres");
    await expect(page).toHaveURL(/\/cgu\/accepter$/);

    // The box unticked: the refusal next to it, nothing recorded.
    await page.getByRole("button", { name: "Accepter et continuer" }).click();
    const box = page.getByRole("checkbox", { name: /J'accepte les conditions générales d'utilisation/ });
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Vous devez accepter les conditions générales d'utilisation")).toBeVisible();
    await expectAccessible(page);
    expect(one(await db.select({ at: users.termsAcceptedAt }).from(users).where(eq(users.id, account.id))).at).toEqual(acceptedBefore);

    await box.check();
    await page.getByRole("button", { name: "Accepter et continuer" }).click();
    await expect(page).toHaveURL(/\/espace$/);
    await expectAccessible(page);
    const after = one(await db.select({ version: users.termsVersion, at: users.termsAcceptedAt }).from(users).where(eq(users.id, account.id)));
    expect(after.version).toBe(CURRENT_TERMS_VERSION);
    expect(after.at!.getTime()).toBeGreaterThan(acceptedBefore.getTime());
    // Accepted: the page sends home.
    await page.goto("/cgu/accepter");
    await expect(page).toHaveURL(/\/espace$/);
  });

  test("un compte de démonstration n'a rien à accepter", async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.manager);
    await expect(page).toHaveURL(/\/espace$/);
    await page.goto("/cgu/accepter");
    await expect(page).toHaveURL(/\/espace$/);
  });
});
