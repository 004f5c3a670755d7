import { createOffer, createStructure, referenceId } from "../test/factories";
import { TODAY, uniqueWord } from "./support/catalogue";
import { E2E } from "./support/config";
import { addDays } from "../lib/core/dates/paris";
import { expect, expectAccessible, test } from "./support/fixtures";
import { openPhone, PHONE } from "./support/phone";

/** Issue 16, points 4, 5, 17 and 20: a student searching the catalogue on a phone (360 × 740). */
test.describe("Le catalogue sur un téléphone (issue 16)", () => {
  test.describe.configure({ timeout: 120_000 });

  test("les résultats d'abord, « Filtrer (n) » replié, des filtres retirables, l'arrivée sur les résultats, une barre de progression, le focus sur le titre", async ({
    browser,
    db,
  }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Association ${word}` });
    const sleep = await referenceId(db, "THEME", "Sommeil");
    const name = `Sommeil des lycéens ${word}`;
    await createOffer(db, { structureId, name, themeIds: [sleep], publicationStart: addDays(TODAY, -3), publicationEnd: addDays(TODAY, 30) });
    await createOffer(db, { structureId, name: `Vaccination ${word}`, publicationStart: addDays(TODAY, -3), publicationEnd: addDays(TODAY, 30) });

    const { context, page } = await openPhone(browser);

    // ——— 4: the first result on the first screen, the filters folded ———
    await page.goto("/offres");
    const firstCard = page.locator("section[aria-labelledby='resultats-titre'] h3").first();
    await expect(firstCard).toBeVisible();
    // Under the title, the search box and « Filtrer »: the first result starts by the end of the first screen (it was 1,900 px down).
    expect((await firstCard.boundingBox())!.y).toBeLessThan(PHONE.height * 1.25);
    await expect(page.getByRole("checkbox", { name: "Hébergement" })).toBeHidden();
    // 20: an absolute canonical address, as search engines want it.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${E2E.baseUrl}/offres`);
    await expectAccessible(page);

    // A search lands on its results, with its filters as chips.
    await page.getByRole("searchbox", { name: "Rechercher" }).fill(word);
    const filter = page.getByRole("button", { name: "Filtrer", exact: true });
    await expect(filter).toHaveAttribute("aria-expanded", "false");
    await filter.click();
    await page.locator("summary", { hasText: "Thématique" }).click();
    await page.getByRole("checkbox", { name: "Sommeil", exact: true }).check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Rechercher", exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`/offres\\?q=${word}&thematique=${sleep}`));
    const results = page.getByRole("heading", { level: 2, name: "1 offre" });
    await expect(results).toBeFocused();
    await expect(results).toBeInViewport();
    await expect(page.getByRole("button", { name: "Filtrer (1)" })).toHaveAttribute("aria-expanded", "false");
    const chips = page.getByRole("list", { name: "Filtres appliqués" });
    await expect(chips.getByRole("link")).toHaveText([`Retirer le filtre « ${word} »`, "Retirer le filtre Sommeil"]);
    await expectAccessible(page);
    await chips.getByRole("link", { name: "Retirer le filtre Sommeil" }).click();
    await expect(page).toHaveURL(new RegExp(`/offres\\?q=${word}$`));
    await expect(page.getByRole("heading", { level: 2, name: "2 offres" })).toBeVisible();

    // ——— 5: on a slow connection, a bar says the next page is on its way ———
    await page.route(/\/offres\/\d+/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.getByRole("link", { name }).click();
    await expect(page.getByRole("progressbar", { name: "Chargement de la page" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("progressbar")).toHaveCount(0);

    // ——— 17: the new page's heading has the focus, not <body> ———
    await expect(page.getByRole("heading", { level: 1, name })).toBeFocused();
    await expectAccessible(page);
    await context.close();
  });
});
