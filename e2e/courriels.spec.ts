import { randomUUID } from "node:crypto";
import { EMAIL_TEMPLATES, TEMPLATE_NAMES } from "../emails";
import { renderEmail } from "../emails/render";
import { E2E } from "./support/config";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";
import { extractLink, latestEmailTo } from "./support/mailbox";
import { one } from "../lib/core/rows";

/** A message as the outbox stores it (rendered when queued); the content stands for any template. */
function message(subject: string, link: string) {
  return {
    html: `<!DOCTYPE html><html lang="fr"><head><title>${subject}</title></head><body><p>Bonjour Camille,</p><p>Pour activer votre compte : <a href="${link}">${link}</a></p></body></html>`,
    text: `Bonjour Camille,\n\nPour activer votre compte : ${link}`,
  };
}

test.describe("Courriels de la région (issue 4)", () => {
  test("l'administrateur Île-de-France lit les courriels de sa région, et seulement ceux-là", async ({ page, request, sql, db }) => {
    const marker = randomUUID().slice(0, 8);
    const idfTo = `idf-${marker}@exemple.fr`;
    const idfSubject = `Création d'un compte utilisateur ${marker}`;
    const activation = `${E2E.baseUrl}/activation/jeton-${marker}`;
    const geSubject = `Message du Grand Est ${marker}`;
    // A real template for the Île-de-France message, as the outbox stores it.
    const idf = await renderEmail("account-activation", {
      firstName: "Camille",
      structureName: `Fleur bleue ${marker}`,
      activationUrl: activation,
      expiresInHours: 72,
    });
    const ge = message(geSubject, `${E2E.baseUrl}/connexion`);
    await sql`insert into outbox (template, to_email, subject, html, text, region_code)
              values ('account-activation', ${idfTo}, ${idfSubject}, ${idf.html}, ${idf.text}, '11')`;
    const geRow = one(
      await sql<{ id: string }[]>`insert into outbox (template, to_email, subject, html, text, region_code)
              values ('user-created', ${`ge-${marker}@exemple.fr`}, ${geSubject}, ${ge.html}, ${ge.text}, '44') returning id`,
    );

    // The mailbox helpers the other specs use read the same row.
    const stored = await latestEmailTo(db, idfTo.toUpperCase(), "account-activation");
    expect(stored.subject).toBe(idfSubject);
    expect(extractLink(stored.text, "/activation/")).toBe(activation);

    // The scheduled job delivers it (embedded default: the local mailbox), and refuses a wrong secret.
    expect((await request.post("/api/cron", { headers: { authorization: "Bearer pas-le-bon-secret-0123456789" } })).status()).toBe(401);
    const cron = await request.post("/api/cron", { headers: { authorization: `Bearer ${E2E.cronSecret}` } });
    expect(cron.status()).toBe(200);
    expect(await cron.json()).toHaveProperty("emailsSent");

    await login(page, DEMO_ACCOUNTS.adminIdf);
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByRole("link", { name: "Courriels" }).first().click();
    await expect(page).toHaveURL(/\/admin\/courriels$/);
    await expect(page.getByRole("heading", { level: 1, name: "Courriels" })).toBeVisible();
    await expect(page.getByRole("link", { name: idfSubject })).toBeVisible();
    await expect(page.getByText(geSubject)).toHaveCount(0);
    await expectAccessible(page);

    // Filter by recipient and state.
    await page.getByLabel("Destinataire").fill(`idf-${marker}`);
    await page.getByLabel("État").selectOption({ label: "Envoyé" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/etat=SENT/);
    const row = page.getByRole("row").filter({ hasText: idfSubject });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(0)).toHaveText(idfTo);
    await expect(row.getByText("Envoyé")).toBeVisible();
    await expect(row.getByText("Activation du compte")).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(2);
    await expect(page.getByLabel("Destinataire")).toHaveValue(`idf-${marker}`);

    await page.getByRole("link", { name: idfSubject }).click();
    await expect(page.getByRole("heading", { level: 1, name: idfSubject })).toBeVisible();
    await expect(page.getByText(idfTo)).toBeVisible();
    const frame = page.frameLocator(`iframe[title="Contenu du courriel « ${idfSubject} »"]`);
    await expect(frame.getByRole("link", { name: activation })).toBeVisible();
    await expect(frame.getByText(`associé à la structure : Fleur bleue ${marker}`)).toBeVisible();
    await expect(page.locator("pre")).toContainText(activation);
    // Readable here only because no mail service is configured (masked otherwise: lib/core/outbox/secret-links).
    await expect(page.getByText("Aucun service d'envoi n'est configuré")).toBeVisible();
    await expectAccessible(page);

    // The email itself, outside the sandbox, passes the same checks.
    await page.setContent(idf.html);
    await expectAccessible(page);

    // Another région's message answers not-found, as an unknown one.
    expect((await page.goto(`/admin/courriels/${geRow.id}`))?.status()).toBe(404);
    expect((await page.goto("/admin/courriels/abc"))?.status()).toBe(404);
  });

  test("chaque modèle de courriel passe les contrôles d'accessibilité", async ({ page }) => {
    test.setTimeout(180_000); // thirteen axe runs
    for (const name of TEMPLATE_NAMES) {
      const email = await renderEmail(name, EMAIL_TEMPLATES[name].preview() as never);
      await page.setContent(email.html);
      await expect(page).toHaveTitle(email.subject);
      await expectAccessible(page);
    }
  });

  test("un offreur n'a pas accès aux courriels", async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.offererAdmin);
    await expect(page).toHaveURL(/\/espace$/);
    expect((await page.goto("/admin/courriels"))?.status()).toBe(403);
  });
});
