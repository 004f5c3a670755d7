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
