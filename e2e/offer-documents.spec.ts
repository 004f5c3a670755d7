import { createOffer } from "../test/factories";
import { expect, expectAccessible, login, test } from "./support/fixtures";
import { structureWithAdmin } from "./support/structure-admin";

/**
 * Wizard step 3: a « Documents utiles » file chosen and then « Suivant » clicked, without the
 * « Ajouter le document » button that used to be needed, was silently dropped. Choosing it adds it.
 */
test("a document chosen in step 3 is kept when the person goes straight on with « Suivant »", async ({ page, db }) => {
  const { structureId, admin } = await structureWithAdmin(db, { permissions: ["ADMIN", "GESTIONNAIRE"] });
  const offer = await createOffer(db, { structureId, state: "DRAFT", name: "Atelier sommeil et écrans" });
  await login(page, admin);
  await expect(page).toHaveURL(/\/espace$/);

  await page.goto(`/espace/offres/${offer.id}?etape=3`);
  await expect(page.getByRole("heading", { name: /Compléments/ })).toBeVisible();
  await page
    .getByLabel("Ajouter un document")
    .setInputFiles({ name: "programme.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });
  await expect(page.getByRole("status").filter({ hasText: /programme\.pdf/ })).toBeVisible();
  await page.getByRole("button", { name: /Suivant/ }).click();
  await expect(page).toHaveURL(/etape=4/);

  await page.goto(`/espace/offres/${offer.id}?etape=3`);
  await expect(page.getByRole("button", { name: "Retirer le document programme.pdf" })).toBeVisible();
  await expectAccessible(page);
});

/**
 * The document goes first, streamed, to POST /api/fichiers: a file over 10 MB or a program gets the
 * route's French 413/415 under the field, nothing is added, and what the step holds stays in place.
 */
test("a document over 10 MB or a program is refused under the field, in French, and nothing is added", async ({ page, db }) => {
  const { structureId, admin } = await structureWithAdmin(db, { permissions: ["ADMIN", "GESTIONNAIRE"] });
  const offer = await createOffer(db, { structureId, state: "DRAFT", name: "Atelier sommeil et écrans" });
  await login(page, admin);
  await expect(page).toHaveURL(/\/espace$/);

  await page.goto(`/espace/offres/${offer.id}?etape=3`);
  const field = page.getByLabel("Ajouter un document");
  const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
  big.write("%PDF-1.4\n");
  const answered = page.waitForResponse((response) => response.url().includes("/api/fichiers"));
  await field.setInputFiles({ name: "programme complet.pdf", mimeType: "application/pdf", buffer: big });
  expect((await answered).status()).toBe(413);
  await expect(page.getByText("Le fichier « programme complet.pdf » ne doit pas dépasser 10 Mo")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await field.setInputFiles({ name: "facture.pdf", mimeType: "application/pdf", buffer: Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]) });
  await expect(page.getByText(/« facture\.pdf » n'est pas accepté/)).toBeVisible();
  await expect(page.getByText("Aucun document pour l'instant.")).toBeVisible();
  await expectAccessible(page);
});
