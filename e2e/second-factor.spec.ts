import type { Page } from "@playwright/test";
import { createUser, TEST_PASSWORD } from "../test/factories";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, enterPassword, expect, expectAccessible, login, test } from "./support/fixtures";
import { latestEmailTo } from "./support/mailbox";
import { totpCode } from "./support/second-factor";
import { structureWithAdmin, uniqueEmail } from "./support/structure-admin";

const STEP_MS = 30_000;

async function logout(page: Page) {
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page).toHaveURL(/\/$/);
}

async function answer(page: Page, code: string) {
  await page.getByRole("textbox", { name: "Code de vérification" }).fill(code);
  await page.getByRole("button", { name: "Valider" }).click();
}

/** A virtual authenticator in Chromium (CDP): it answers WebAuthn as a phone's fingerprint would. */
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

/** Issue 14 §1: the second factor (docs/produit.md#double-authentification). */
test.describe("Double authentification", () => {
  test("un administrateur régional active l'application à sa première connexion, puis se connecte avec un code, un code de secours", async ({
    page,
    browser,
    db,
  }) => {
    test.setTimeout(180_000);
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11", email: uniqueEmail("ars.nouvelle"), firstName: "Léa" });

    // The password, then the enrolment: it cannot be skipped.
    await enterPassword(page, admin, TEST_PASSWORD);
    await expect(page).toHaveURL(/\/connexion\/double-authentification$/);
    await expect(page.getByRole("img", { name: "QR code à scanner avec votre application d'authentification" })).toBeVisible();
    const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
    await expectAccessible(page);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/connexion\/double-authentification$/);

    await page.getByRole("textbox", { name: "Code à 6 chiffres" }).fill("000000");
    await page.getByRole("button", { name: "Activer" }).click();
    await expect(page.getByText(/Ce code n'est pas le bon/).first()).toBeVisible();
    const enrolledAt = Date.now();
    await page.getByRole("textbox", { name: "Code à 6 chiffres" }).fill(await totpCode(secret, new Date(enrolledAt)));
    await page.getByRole("button", { name: "Activer" }).click();
    await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
    const codes = await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents();
    await expectAccessible(page);
    await page.getByRole("link", { name: "J'ai gardé mes codes, continuer" }).click();
    await expect(page).toHaveURL(/\/admin$/);
    await logout(page);

    // Every login now asks for the code: a wrong one is refused, the app's current code lets in.
    await enterPassword(page, admin, TEST_PASSWORD);
    await expect(page).toHaveURL(/\/connexion\/verification$/);
    await expectAccessible(page);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/connexion\/verification$/);
    await answer(page, "123456");
    await expect(page.getByText(/Ce code n'est pas le bon/).first()).toBeVisible();
    await expectAccessible(page);
    const other = await (await browser.newContext()).newPage();
    await enterPassword(other, admin, TEST_PASSWORD);
    await expect(other).toHaveURL(/\/connexion\/verification$/);
    // The enrolment used its step's code: the next step's (accepted one step ahead, for a clock a little off), or the current one if later.
    const current = await totpCode(secret, new Date(Math.max(enrolledAt + STEP_MS, Date.now())));
    await answer(page, current);
    await expect(page).toHaveURL(/\/admin$/);
    await logout(page);

    // The same code at once in another browser: refused.
    await answer(other, current);
    await expect(other.getByText("Ce code a déjà servi. Attendez le suivant dans votre application : il change toutes les 30 secondes.")).toBeVisible();

    // A recovery code lets in once.
    await enterPassword(page, admin, TEST_PASSWORD);
    await answer(page, codes[0]!);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/espace/profil");
    await expect(page.getByTestId("recovery-codes-left")).toHaveText("Codes de secours restants : 9 sur 10.");
    await expect(page.getByRole("heading", { name: "Désactiver la double authentification" })).toHaveCount(0);
    await expectAccessible(page);
    await logout(page);
    await enterPassword(page, admin, TEST_PASSWORD);
    await answer(page, codes[0]!);
    await expect(page.getByText(/Ce code de secours a déjà servi/)).toBeVisible();
  });

  test("un offreur active la double authentification dans « Mon profil », renouvelle ses codes et la désactive avec son mot de passe", async ({ page, db }) => {
    test.setTimeout(120_000);
    const { admin } = await structureWithAdmin(db, { permissions: ["ADMIN", "GESTIONNAIRE"] });
    await login(page, admin);
    await expect(page).toHaveURL(/\/espace$/);
    await page.goto("/espace/profil");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Activer la double authentification" }).click();
    await expect(page.getByRole("img", { name: "QR code à scanner avec votre application d'authentification" })).toBeVisible();
    await expectAccessible(page);
    const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
    await page.getByRole("textbox", { name: "Code à 6 chiffres" }).fill(await totpCode(secret));
    await page.getByRole("button", { name: "Activer" }).click();
    await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
    await page.getByRole("link", { name: "J'ai gardé mes codes, continuer" }).click();
    await expect(page.getByTestId("recovery-codes-left")).toHaveText("Codes de secours restants : 10 sur 10.");

    await page.getByRole("button", { name: "Générer de nouveaux codes de secours" }).click();
    await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
    await expectAccessible(page);

    await page.getByLabel("Mot de passe actuel").first().fill("pas le bon");
    await page.getByRole("button", { name: "Désactiver" }).click();
    await expect(page.getByText("Le mot de passe actuel est incorrect").first()).toBeVisible();
    // structureWithAdmin's accounts have the demo password.
    await page.getByLabel("Mot de passe actuel").first().fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Désactiver" }).click();
    await expect(page.getByRole("link", { name: "Activer la double authentification" })).toBeVisible();
  });

  test("une clé d'accès s'enregistre dans « Mon profil », répond à la seconde étape et connecte sans mot de passe", async ({ page, db }) => {
    test.setTimeout(120_000);
    const { admin } = await structureWithAdmin(db, { permissions: ["ADMIN", "GESTIONNAIRE"] });
    await virtualAuthenticator(page);
    await login(page, admin);
    await expect(page).toHaveURL(/\/espace$/);
    await page.goto("/espace/profil");
    await page.getByRole("button", { name: "Ajouter une clé d'accès" }).click();
    await expect(page.getByTestId("passkey-list").getByRole("listitem")).toHaveCount(1);
    await expectAccessible(page);
    await logout(page);

    // As the second step after the password.
    await enterPassword(page, admin);
    await expect(page).toHaveURL(/\/connexion\/verification$/);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Utiliser une clé d'accès" }).click();
    await expect(page).toHaveURL(/\/espace$/);
    await logout(page);

    // Alone, without the password.
    await page.goto("/connexion");
    await page.getByRole("button", { name: "Se connecter avec une clé d'accès" }).click();
    await expect(page).toHaveURL(/\/espace$/);
  });

  test("un autre administrateur de la région réinitialise la double authentification d'un administrateur, qui en reçoit l'email", async ({
    page,
    browser,
    db,
  }) => {
    test.setTimeout(120_000);
    const lost = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11", email: uniqueEmail("ars.perdu"), firstName: "Hugo", lastName: "Perrin" });
    const person = await (await browser.newContext()).newPage();
    await login(person, lost, TEST_PASSWORD);
    await expect(person).toHaveURL(/\/admin$/);

    await login(page, DEMO_ACCOUNTS.adminIdf);
    await page.goto("/admin/parametres");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Réinitialiser la double authentification de Hugo Perrin" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Réinitialiser" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();

    expect((await latestEmailTo(db, lost.email, "second-factor-reset")).text).toContain("a réinitialisé la double authentification de votre compte");
    // Its open session ended; the next login meets the enrolment again.
    await person.goto("/admin");
    await expect(person).toHaveURL(/\/connexion/);
    await enterPassword(person, lost, TEST_PASSWORD);
    await expect(person).toHaveURL(/\/connexion\/double-authentification$/);
  });
});
