import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { E2E } from "./support/config";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";
import { latestEmailTo } from "./support/mailbox";

/**
 * Help for everyone (docs/produit.md#aide-et-assistance, guide SAS): the FAQ by theme, the « Formulaire d'assistance » with a
 * PDF, the Île-de-France admin who reads it, downloads the file and answers by email; the FAQ editor.
 */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

test.describe("Aide et assistance", () => {
  // Journeys through many pages, each checked by axe, on a shared machine: longer than the default minute.
  test.describe.configure({ timeout: 150_000 });

  test("un visiteur lit la FAQ, écrit à l'ARS avec un PDF ; l'administrateur Île-de-France télécharge la pièce jointe et répond", async ({
    page,
    browser,
    db,
  }) => {
    const marker = randomUUID().slice(0, 8);
    const email = `visiteur-${marker}@exemple.fr`;
    const subject = `Mon offre n'apparaît pas ${marker}`;

    await page.goto("/aide");
    await expect(page.getByRole("heading", { level: 1, name: "Aide et foire aux questions" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Compte et connexion" })).toBeVisible();
    const question = page.getByText("J'ai oublié mon mot de passe, que faire ?");
    await question.click();
    await expect(page.getByText("Aucun mot de passe n'est jamais envoyé par courriel.", { exact: false })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("combobox", { name: "Votre région" }).selectOption({ label: "Île-de-France" });
    await page.getByRole("button", { name: "Afficher" }).click();
    await expect(page).toHaveURL(/\/aide\?region=11$/);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Formulaire d'assistance" }).click();
    await expect(page).toHaveURL(/\/aide\/assistance\?region=11$/);
    await expect(page.getByLabel("Région")).toHaveValue("11");
    await expectAccessible(page);

    // Nothing typed: each error next to its field, in French; what was typed stays.
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Camille Visiteur");
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    await expect(page.getByTestId("support-form-error")).toBeVisible();
    await expect(page.locator("#subject-error")).toHaveText("Ce champ est obligatoire");
    await expect(page.getByRole("textbox", { name: "Nom", exact: true })).toHaveValue("Camille Visiteur");
    await expectAccessible(page);

    // A program renamed .pdf is refused as soon as it is chosen.
    await page
      .getByLabel("Pièce jointe 2")
      .setInputFiles({ name: "facture.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]) });
    await expect(page.locator("#attachment-2-error")).toContainText("« facture.pdf » n'est pas accepté");

    // « Téléphone » is optional but checked like the platform's other phone fields; « Votre demande concerne » is required.
    await expect(page.locator("#topic-error")).toHaveText("Sélectionnez dans la liste ce que concerne votre demande");
    await page.getByLabel("Téléphone").fill("12 34");
    await page.getByLabel("Structure d'accueil").check();
    await page.getByLabel("Adresse email").fill(email);
    await page.getByLabel("Votre demande concerne").selectOption({ label: "Une offre" });
    await page.getByLabel("Objet").fill(subject);
    await page.getByLabel("Message").fill("J'ai validé mon offre hier.\nElle n'apparaît pas dans la liste des offres publiées.");
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    await expect(page.locator("#phone-error")).toHaveText("Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89");
    await expect(page.getByLabel("Objet")).toHaveValue(subject);
    await expectAccessible(page);
    await page.getByLabel("Téléphone").fill("06 12 34 56 78");
    await page.getByLabel("Pièce jointe 1").setInputFiles({ name: "capture.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    await expect(page).toHaveURL(/\/aide\/assistance\/confirmation$/);
    await expect(page.getByTestId("support-request-sent")).toBeVisible();
    await expectAccessible(page);
    const acknowledgement = await latestEmailTo(db, email, "support-request-received");
    // Fixed text to the unverified address; the subject stays for the admins (issue 14, finding 6).
    expect(acknowledgement.text).not.toContain(subject);
    expect(acknowledgement.text).toContain("Votre demande d'assistance a bien été reçue");
    expect((await latestEmailTo(db, DEMO_ACCOUNTS.adminIdf.email, "support-request")).text).toContain("/admin/aide/demandes/");

    await login(page, DEMO_ACCOUNTS.adminIdf);
    await expect(page).toHaveURL(/\/admin$/);
    await page.getByRole("link", { name: "Aide et assistance" }).first().click();
    await expect(page).toHaveURL(/\/admin\/aide$/);
    const row = page.getByRole("row").filter({ hasText: subject });
    await expect(row.getByText("À traiter")).toBeVisible();
    await expect(row).toContainText("Une offre");
    await expect(row).toContainText("06 12 34 56 78");
    await expectAccessible(page);
    // « Votre demande concerne » filters the list, in the URL.
    await page.getByLabel("Votre demande concerne").selectOption({ label: "Mon compte" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/admin\/aide\?concerne=compte$/);
    await expect(page.getByRole("row").filter({ hasText: subject })).toHaveCount(0);
    await expectAccessible(page);
    await page.getByLabel("Votre demande concerne").selectOption({ label: "Une offre" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/\/admin\/aide\?concerne=offre$/);
    await row.getByRole("link", { name: subject }).click();
    await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expect(page.getByText(email).first()).toBeVisible();
    await expectAccessible(page);

    const detailUrl = page.url();
    const fileLink = page.getByRole("link", { name: "capture.pdf" });
    const fileUrl = new URL((await fileLink.getAttribute("href")) ?? "", detailUrl).toString();
    const downloading = page.waitForEvent("download");
    await fileLink.click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("capture.pdf");
    expect((await readFile(await download.path())).subarray(0, 5).toString()).toBe("%PDF-");

    const answer = `Votre offre sera visible le jour de sa date de début de publication. ${marker}`;
    await page.getByLabel("Votre réponse").fill(answer);
    await page.getByRole("button", { name: "Envoyer la réponse" }).click();
    await expect(page.getByTestId("support-answer-done")).toContainText(`Réponse envoyée par email à ${email}`);
    await expect(page.getByText("Traitée le", { exact: false })).toBeVisible();
    await expectAccessible(page);
    const reply = await latestEmailTo(db, email, "support-reply");
    expect(reply.subject).toBe(`Réponse à votre demande d'assistance : ${subject}`);
    expect(reply.text).toContain(answer);
    expect(reply.text).toContain("J'ai validé mon offre hier.");

    // Another région's admin: neither the request nor its file, whatever the URL; nobody logged out.
    const context = await browser.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR", timezoneId: "Europe/Paris" });
    const grandEst = await context.newPage();
    const anonymous = await grandEst.request.get(fileUrl, { maxRedirects: 0 });
    expect(anonymous.headers().location).toContain("/connexion");
    await login(grandEst, DEMO_ACCOUNTS.adminGrandEst);
    await expect(grandEst).toHaveURL(/\/admin$/);
    expect((await grandEst.request.get(fileUrl)).status()).toBe(404);
    const forged = await grandEst.goto(detailUrl);
    expect(forged?.status()).toBe(404);
    await expectAccessible(grandEst);
    await context.close();
  });

  test("le formulaire accepte trois pièces jointes de près de 10 Mo chacune (PDF, PNG, tableur)", async ({ page, sql }) => {
    const email = `gros-fichiers-${randomUUID().slice(0, 8)}@exemple.fr`;
    const padded = (head: Buffer | string) => {
      const bytes = Buffer.alloc(Math.floor(9.9 * 1024 * 1024), 0x20);
      (typeof head === "string" ? Buffer.from(head) : head).copy(bytes);
      return bytes;
    };
    await page.goto("/aide/assistance");
    await expectAccessible(page);
    await page.getByLabel("Établissement de formation").check();
    await page.getByRole("combobox", { name: "Région" }).selectOption({ label: "Grand Est" });
    await page.getByRole("textbox", { name: "Nom", exact: true }).fill("Dominique Petit");
    await page.getByLabel("Adresse email").fill(email);
    await page.getByLabel("Votre demande concerne").selectOption({ label: "Les disponibilités des étudiants" });
    await page.getByLabel("Objet").fill("Export du calendrier");
    await page.getByLabel("Message").fill("Les exports joints ne s'ouvrent pas.");
    await page.getByLabel("Pièce jointe 1").setInputFiles({ name: "export.pdf", mimeType: "application/pdf", buffer: padded(PDF) });
    await page
      .getByLabel("Pièce jointe 2")
      .setInputFiles({ name: "ecran.png", mimeType: "image/png", buffer: padded(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) });
    await page
      .getByLabel("Pièce jointe 3")
      .setInputFiles({ name: "effectifs.csv", mimeType: "text/csv", buffer: padded("discipline;effectif\nMédecine;40\n") });
    await page.getByRole("button", { name: "Envoyer ma demande" }).click();
    await expect(page).toHaveURL(/\/aide\/assistance\/confirmation$/, { timeout: 30_000 });
    await expectAccessible(page);
    const [request] = await sql<{ region_code: string; count: number }[]>`
      select region_code, cardinality(attachment_file_ids) as count from support_requests where email = ${email}`;
    expect(request).toEqual({ region_code: "44", count: 3 });
  });

  test("l'administrateur Île-de-France ajoute une question que seuls les visiteurs de sa région lisent, puis la supprime", async ({ page }) => {
    const marker = randomUUID().slice(0, 8);
    const question = `Qui contacter à l'ARS Île-de-France ? ${marker}`;
    await login(page, DEMO_ACCOUNTS.adminIdf);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/admin/aide");
    await page.getByRole("button", { name: "+ Ajouter une question" }).click();
    const dialog = page.getByRole("dialog", { name: "Ajouter une question" });
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(dialog.getByText("Ce champ est obligatoire").first()).toBeVisible();
    await expectAccessible(page);
    await dialog.getByLabel("Thème").fill("Offres");
    await dialog.getByLabel("Question").fill(question);
    await dialog.getByLabel("Réponse").fill("Le service prévention de la délégation départementale.");
    await dialog.getByRole("button", { name: "Enregistrer" }).click();
    await expect(dialog).toBeHidden();
    const entry = page.getByRole("listitem").filter({ hasText: question });
    await expect(entry).toBeVisible();
    await expectAccessible(page);

    await page.goto("/aide?region=11");
    await expect(page.locator("summary", { hasText: question })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/aide?region=44");
    await expect(page.getByText("Comment créer un compte pour ma structure ?")).toBeVisible();
    await expect(page.locator("summary", { hasText: question })).toHaveCount(0);
    await expectAccessible(page);

    await page.goto("/admin/aide");
    await page.getByRole("button", { name: `Supprimer la question « ${question} »` }).click();
    await page.getByRole("button", { name: "Supprimer la question", exact: true }).click();
    await expect(page.getByRole("listitem").filter({ hasText: question })).toHaveCount(0);
    await expectAccessible(page);
  });
});
