import type { Browser } from "@playwright/test";
import { E2E } from "./support/config";
import { DEMO_PASSWORD, expect, expectAccessible, login, test } from "./support/fixtures";
import { structureWithAdmin } from "./support/structure-admin";

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

async function newBrowser(browser: Browser, userAgent?: string) {
  const context = await browser.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR", timezoneId: "Europe/Paris", ...(userAgent ? { userAgent } : {}) });
  return { context, page: await context.newPage() };
}

test.describe("Sessions fermées côté serveur (issue 14, point 2)", () => {
  test("un cookie copié ne sert plus après « Se déconnecter »", async ({ page, browser, db }) => {
    const { admin } = await structureWithAdmin(db);
    await login(page, admin, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/espace$/);

    // Someone copies the cookie into another browser: it works while the session is open…
    const copy = await newBrowser(browser);
    await copy.context.addCookies(await page.context().cookies());
    await copy.page.goto("/espace");
    await expect(copy.page).toHaveURL(/\/espace$/);

    // …and no longer once its owner has logged out.
    await page.getByRole("button", { name: "Se déconnecter" }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await copy.page.goto("/espace/profil");
    await expect(copy.page).toHaveURL(/\/connexion/);
    await copy.context.close();
  });

  test("« Mon profil » liste les sessions ouvertes ; on en ferme une, puis toutes", async ({ page, browser, db }) => {
    const { admin } = await structureWithAdmin(db);
    const elsewhere = await newBrowser(browser, FIREFOX_ON_WINDOWS);
    await login(elsewhere.page, admin, DEMO_PASSWORD);
    await expect(elsewhere.page).toHaveURL(/\/espace$/);
    const third = await newBrowser(browser);
    await login(third.page, admin, DEMO_PASSWORD);
    await expect(third.page).toHaveURL(/\/espace$/);
    await login(page, admin, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/espace$/);

    await page.goto("/espace/profil");
    const sessions = page.getByTestId("open-sessions");
    await expect(sessions.getByRole("row")).toHaveCount(4);
    await expect(sessions.getByRole("row").nth(1)).toContainText("cette session");
    await expect(sessions.getByRole("rowheader", { name: "Firefox sur Windows" })).toBeVisible();
    await expectAccessible(page);

    await sessions.getByRole("button", { name: "Fermer la session Firefox sur Windows" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("dialog").getByRole("button", { name: "Fermer la session" }).click();
    await expect(sessions.getByRole("row")).toHaveCount(3);
    await elsewhere.page.goto("/espace");
    await expect(elsewhere.page).toHaveURL(/\/connexion/);

    await page.getByRole("button", { name: "Se déconnecter de tous les appareils" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Tout déconnecter" }).click();
    await expect(page).toHaveURL(/\/connexion/);
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/connexion/);
    await third.page.goto("/espace");
    await expect(third.page).toHaveURL(/\/connexion/);
    await elsewhere.context.close();
    await third.context.close();
  });

  test("une session arrivée à son terme renvoie à la connexion, qui dit que la session a expiré", async ({ page, db, sql }) => {
    const { admin } = await structureWithAdmin(db);
    await login(page, admin, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/espace$/);
    await sql`update user_sessions set expires_at = now() - interval '1 minute' where user_id = ${admin.id}`;
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/connexion\?session=expiree$/);
    await expect(page.getByTestId("session-expired")).toContainText("Votre session a expiré");
    await expectAccessible(page);
  });
});
