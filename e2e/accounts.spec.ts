import { createUser } from "../test/factories";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, expectAccessible, login, test } from "./support/fixtures";
import { demoAccount } from "./support/structure-admin";

const INVALID = "Adresse email ou mot de passe incorrect.";

test.describe("Connexion et espaces (issue 2)", () => {
  for (const account of Object.values(DEMO_ACCOUNTS).filter((a) => a.key !== "frozen")) {
    test(`${account.label} arrive dans son espace`, async ({ page }) => {
      await login(page, account);
      await expect(page).toHaveURL(new RegExp(`${account.home}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("button", { name: "Se déconnecter" }).first().click();
      await expect(page).toHaveURL(/\/$/);
    });
  }

  test("sans « Se souvenir de moi » la session finit avec le navigateur ; avec, elle dure 30 jours", async ({ browser }) => {
    const sessionCookie = async (remember: boolean) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto("/connexion");
      await page.getByLabel("Adresse email").fill(DEMO_ACCOUNTS.viewer.email);
      await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill(DEMO_PASSWORD);
      if (remember) await page.getByLabel("Se souvenir de moi").check();
      await page.getByRole("button", { name: "Se connecter", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${DEMO_ACCOUNTS.viewer.home}$`));
      const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
      await context.close();
      return cookie;
    };
    // A session cookie (no expiry: Playwright says -1) is dropped when the browser closes.
    expect((await sessionCookie(false))?.expires).toBe(-1);
    const remembered = await sessionCookie(true);
    expect(remembered?.expires).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600);
  });

  test("un mauvais mot de passe, un email inconnu et un compte gelé sans le bon mot de passe reçoivent le même message", async ({ page }) => {
    for (const [email, password] of [
      [DEMO_ACCOUNTS.viewer.email, "ce-n-est-pas-le-bon-mot-de-passe"],
      ["personne.inconnue@exemple.fr", "ce-n-est-pas-le-bon-mot-de-passe"],
      [DEMO_ACCOUNTS.frozen.email, "ce-n-est-pas-le-bon-mot-de-passe"],
    ] as const) {
      await login(page, { email }, password);
      await expect(page.getByText(INVALID)).toBeVisible();
      await expect(page).toHaveURL(/\/connexion/);
    }
    await expectAccessible(page);
  });

  test("un compte gelé qui donne le bon mot de passe apprend qu'il est gelé et qui contacter", async ({ page }) => {
    await login(page, { email: DEMO_ACCOUNTS.frozen.email });
    await expect(page.getByText(/Votre compte est gelé : vous ne pouvez plus vous connecter\. Pour le rétablir, contactez l'ARS /)).toBeVisible();
    await expect(page).toHaveURL(/\/connexion/);
    await expectAccessible(page);
  });

  test("les erreurs de saisie s'affichent à côté des champs, sans perdre l'email", async ({ page }) => {
    await page.goto("/connexion");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page.getByText("Saisissez votre adresse email")).toBeVisible();
    await expect(page.getByText("Saisissez votre mot de passe")).toBeVisible();
    await expect(page.getByLabel("Adresse email")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await page.getByLabel("Adresse email").fill("pas-une-adresse");
    await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill("x".repeat(10_000));
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page.getByText("Saisissez une adresse email valide, par exemple nom@exemple.fr")).toBeVisible();
    await expect(page.getByText("Ce mot de passe est trop long (128 caractères au maximum)")).toBeVisible();
    await expect(page.getByLabel("Adresse email")).toHaveValue("pas-une-adresse");
  });

  test("un visiteur anonyme qui demande /espace ou /admin arrive sur /connexion", async ({ page }) => {
    for (const path of ["/espace", "/admin", "/espace/disponibilites"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/connexion\?retour=/);
    }
  });

  test("un offreur qui demande /admin est refusé", async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.offererAdmin);
    await expect(page).toHaveURL(/\/espace$/);
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
    await expectAccessible(page);
  });

  test("un utilisateur d'établissement ne voit pas l'activité d'une structure", async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.institution);
    await expect(page).toHaveURL(/\/espace\/disponibilites$/);
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/espace\/disponibilites$/);
  });

  test("l'administrateur d'Île-de-France ne voit que sa région", async ({ page, sql }) => {
    const [grandEst] = await sql<
      { name: string }[]
    >`select structure_name as name from signup_requests where region_code = '44' and status = 'PENDING' limit 1`;
    await login(page, DEMO_ACCOUNTS.adminIdf);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Île-de-France");
    if (grandEst) await expect(page.getByText(grandEst.name)).toHaveCount(0);
  });

  test("un compte gelé pendant sa session est déconnecté à la requête suivante", async ({ page, sql, db }) => {
    const viewer = await demoAccount(db, DEMO_ACCOUNTS.viewer.email);
    const email = `gel-${Date.now()}@exemple.fr`;
    await createUser(db, {
      email,
      passwordHash: viewer.passwordHash,
      firstName: "Lou",
      lastName: "Gel",
      structureId: viewer.structureId,
      permissions: ["CONSULTATION"],
    });
    await login(page, { email });
    await expect(page).toHaveURL(/\/espace$/);
    await sql`update users set frozen_at = now() where email = ${email}`;
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("les pages publiques et d'erreur sont accessibles, y compris sur un écran de 360 px", async ({ page }) => {
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of ["/connexion", "/accessibilite", "/mentions-legales", "/donnees-personnelles"]) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("contentinfo")).toContainText("Accessibilité");
        await expectAccessible(page);
      }
      const missing = await page.goto("/cette-page-n-existe-pas");
      expect(missing?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Page non trouvée");
      await expectAccessible(page);
    }
  });
});
