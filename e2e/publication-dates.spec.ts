import { eq } from "drizzle-orm";
import { offers } from "../db/schema";
import { addDays, formatDateFr } from "../lib/core/dates/paris";
import { createOffer } from "../test/factories";
import { one } from "../lib/core/rows";
import { TODAY, uniqueWord } from "./support/catalogue";
import { expect, expectAccessible, login, test } from "./support/fixtures";
import { insertOfferer, structureWithAdmin } from "./support/structure-admin";

/**
 * « Les dates sont modifiables même pendant la publication » (guide IDF, docs/produit.md#les-dates-decident): a GESTIONNAIRE
 * moves the end of a published offer, earlier or later, without a revision; a bad date is refused next to its field; the
 * change is in the history; the edit screen of a published offer warns that training institutes may already have chosen it.
 */
test.describe("Modifier les dates d'une offre publiée", () => {
  test.describe.configure({ timeout: 150_000 });

  test("la fin avancée ou reculée sans validation, une date passée refusée à côté du champ, l'avertissement de l'écran de modification", async ({
    page,
    db,
  }) => {
    const word = uniqueWord();
    const { structureId } = await structureWithAdmin(db);
    const manager = await insertOfferer(db, structureId, { permissions: ["GESTIONNAIRE"], firstName: "Odile" });
    const start = addDays(TODAY, -5);
    const { id: offerId } = await createOffer(db, {
      structureId,
      name: `Écrans et sommeil ${word}`,
      state: "PUBLISHED",
      authorId: manager.id,
      publicationStart: start,
      publicationEnd: addDays(TODAY, 40),
    });

    await login(page, manager);
    await expect(page).toHaveURL(/\/espace$/);
    await page.goto(`/espace/offres/${offerId}`);
    await page.getByRole("button", { name: "Modifier les dates" }).click();
    const dialog = page.getByRole("dialog", { name: "Modifier les dates de publication" });
    await expect(dialog).toContainText("sa date de début ne se modifie plus");
    // The start is reached: only the end is offered.
    await expect(dialog.getByLabel("Date de début de publication")).toHaveCount(0);
    const end = dialog.getByLabel("Date de fin de publication");
    await end.fill(addDays(TODAY, -1));
    await dialog.getByRole("button", { name: "Enregistrer les dates" }).click();
    await expect(dialog.getByText("La date de fin de publication ne peut pas être passée")).toBeVisible();
    await expect(end).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    // Earlier than before, not before today: saved, still published, no revision.
    const newEnd = addDays(TODAY, 10);
    await end.fill(newEnd);
    await dialog.getByRole("button", { name: "Enregistrer les dates" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("row", { name: /Dates de publication modifiées/ })).toContainText(`au ${formatDateFr(newEnd)}`);
    await expectAccessible(page);
    expect(one(await db.select().from(offers).where(eq(offers.id, offerId)))).toMatchObject({ state: "PUBLISHED", publicationEnd: newEnd, version: 1 });
    expect((await page.goto(`/offres/${offerId}`))?.status()).toBe(200);

    // The edit screen of a published offer warns.
    await page.goto(`/espace/offres/${offerId}?etape=1`);
    await expect(page.getByTestId("live-offer-warning")).toContainText("Des instituts de formation l'ont peut-être déjà choisie");
    await expectAccessible(page);
  });
});
