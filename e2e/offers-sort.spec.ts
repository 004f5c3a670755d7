import { addDays } from "../lib/core/dates/paris";
import { offers } from "../db/schema";
import { eq } from "drizzle-orm";
import { createOffer, createStructure } from "../test/factories";
import { TODAY, uniqueWord } from "./support/catalogue";
import { expect, expectAccessible, login, test } from "./support/fixtures";
import { insertOfferer } from "./support/structure-admin";

/**
 * « Offres » of the space, « Trier par » (docs/produit.md#espace-offreur): les plus récentes (the default),
 * dates de publication, dernière modification, nom; the choice is kept in the URL as tri=, so the sorted list can be bookmarked.
 */
test.describe("Offres de l'espace : « Trier par »", () => {
  test.describe.configure({ timeout: 120_000 });

  test("chaque tri range les offres et reste dans l'URL", async ({ page, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Collège ${word}` });
    const viewer = await insertOfferer(db, structureId, { permissions: ["CONSULTATION"] });
    // Created in this order: Bravo, Charlie, Alpha (the most recent first by default).
    const make = (name: string, startIn: number, updatedDaysAgo: number) =>
      createOffer(db, {
        structureId,
        state: "VALIDATED",
        name: `${name} ${word}`,
        publicationStart: addDays(TODAY, startIn),
        publicationEnd: addDays(TODAY, startIn + 30),
        today: TODAY,
      }).then(async (offer) => {
        await db
          .update(offers)
          .set({ updatedAt: new Date(Date.now() - updatedDaysAgo * 86_400_000) })
          .where(eq(offers.id, offer.id));
        return offer;
      });
    await make("Bravo", 20, 1);
    await make("Charlie", 10, 3);
    await make("Élise", 30, 2);

    await login(page, viewer);
    await expect(page).toHaveURL(/\/espace$/);
    const order = async () =>
      (
        await page
          .getByRole("table", { name: "Offres de la structure" })
          .getByRole("link", { name: new RegExp(word) })
          .allInnerTexts()
      ).map((text) => text.replace(` ${word}`, "").trim());

    await page.goto("/espace/offres");
    expect(await order()).toEqual(["Élise", "Charlie", "Bravo"]);
    await expectAccessible(page);

    const sortBy = async (label: string, slug: string) => {
      await page.getByLabel("Trier par").selectOption({ label });
      await page.getByRole("button", { name: "Filtrer" }).click();
      await expect(page).toHaveURL(new RegExp(`tri=${slug}`));
      await expect(page.getByLabel("Trier par")).toHaveValue(slug);
    };
    await sortBy("Nom", "nom");
    // French order, accents aside: Élise between Charlie and nothing after.
    expect(await order()).toEqual(["Bravo", "Charlie", "Élise"]);
    await expectAccessible(page);
    await sortBy("Dates de publication", "publication");
    expect(await order()).toEqual(["Élise", "Bravo", "Charlie"]);
    await sortBy("Dernière modification", "modification");
    expect(await order()).toEqual(["Bravo", "Élise", "Charlie"]);

    // The URL alone gives the sorted list (a bookmark); back to the default order.
    await page.goto("/espace/offres?tri=nom");
    expect(await order()).toEqual(["Bravo", "Charlie", "Élise"]);
    await sortBy("Les plus récentes", "recent");
    expect(await order()).toEqual(["Élise", "Charlie", "Bravo"]);
  });
});
