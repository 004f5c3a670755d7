import type { Page } from "@playwright/test";
import { addDays } from "../lib/core/dates/paris";
import { createOffer, createStructure, referenceId } from "../test/factories";
import { resultsHeading, search, TODAY, uniqueWord } from "./support/catalogue";
import { expect, expectAccessible, test } from "./support/fixtures";
import { one } from "../lib/core/rows";

async function submit(page: Page) {
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
}

test.describe("Catalogue public (issue 3)", () => {
  test("la recherche ignore accents et majuscules et trouve les pluriels", async ({ page, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Centre ${word}` });
    await createOffer(db, { today: TODAY, structureId, name: `Hygiène des mains à l'hôpital ${word}` });
    await createOffer(db, { today: TODAY, structureId, name: `Atelier sommeil ${word}` });

    await page.goto("/offres");
    await page.getByLabel("Rechercher", { exact: true }).fill(`hopitaux ${word}`);
    await submit(page);
    await expect(page).toHaveURL(/q=hopitaux/);
    await expect(resultsHeading(page, "1 offre")).toBeVisible();
    await expect(page.getByRole("link", { name: `Hygiène des mains à l'hôpital ${word}` })).toBeVisible();
    await expectAccessible(page);

    await search(page, `HÔPITAL ${word}`);
    await expect(resultsHeading(page, "1 offre")).toBeVisible();
    await search(page, `Hôpitaux ${word.toUpperCase()}`);
    await expect(resultsHeading(page, "1 offre")).toBeVisible();
    await search(page, word);
    await expect(resultsHeading(page, "2 offres")).toBeVisible();
  });

  test("chaque filtre seul, puis combinés", async ({ page, db }) => {
    // A dozen searches, each with axe: close to the 60 s limit when the machine is loaded.
    test.slow();
    const word = uniqueWord();
    const [sleep, vaccination] = [await referenceId(db, "THEME", "Sommeil"), await referenceId(db, "THEME", "Vaccination")];
    const [teens, elderly] = [await referenceId(db, "TARGET_PUBLIC", "Collégiens"), await referenceId(db, "TARGET_PUBLIC", "Personnes âgées")];
    const [school, association] = [await referenceId(db, "FIELD_TYPE", "Établissement scolaire"), await referenceId(db, "FIELD_TYPE", "Structure associative")];
    const { id: structureId } = await createStructure(db, { name: `Réseau ${word}` });
    const names = { a: `Alpha ${word}`, b: `Bravo ${word}`, c: `Charlie ${word}` };
    await createOffer(db, {
      today: TODAY,
      structureId,
      name: names.a,
      themeIds: [sleep],
      targetPublicIds: [teens],
      fieldTypeId: school,
      places: 10,
      periodStart: addDays(TODAY, 20),
      periodEnd: addDays(TODAY, 80),
      offersHousing: true,
      offersMeals: true,
    });
    await createOffer(db, {
      today: TODAY,
      structureId,
      name: names.b,
      themeIds: [vaccination],
      targetPublicIds: [elderly],
      fieldTypeId: association,
      places: 2,
      regionCode: "44",
      departmentCode: "67",
      communeName: "Strasbourg",
      postalCode: "67000",
      periodStart: addDays(TODAY, 200),
      periodEnd: addDays(TODAY, 260),
    });
    await createOffer(db, {
      today: TODAY,
      structureId,
      name: names.c,
      themeIds: [sleep],
      targetPublicIds: [elderly],
      fieldTypeId: school,
      places: 5,
      departmentCode: "75",
      communeName: "Paris",
      postalCode: "75011",
      periodStart: null,
      periodEnd: null,
      offersMeals: true,
    });

    async function expectResults(...expected: (keyof typeof names)[]) {
      await expect(resultsHeading(page, `${expected.length} offre${expected.length > 1 ? "s" : ""}`)).toBeVisible();
      for (const key of Object.keys(names) as (keyof typeof names)[]) {
        await expect(page.getByRole("link", { name: names[key] })).toHaveCount(expected.includes(key) ? 1 : 0);
      }
    }
    async function tick(group: string | null, label: string) {
      if (group) await page.locator("summary", { hasText: group }).click();
      await page.getByRole("checkbox", { name: label, exact: true }).check();
    }

    await search(page, word);
    await expectResults("a", "b", "c");

    await tick("Thématique", "Sommeil");
    await submit(page);
    await expect(page).toHaveURL(new RegExp(`thematique=${sleep}`));
    await expectResults("a", "c");

    await search(page, word);
    await tick("Public cible", "Personnes âgées");
    await submit(page);
    await expectResults("b", "c");

    await search(page, word);
    await tick("Type de terrain d'action", "Structure associative");
    await submit(page);
    await expectResults("b");

    await search(page, word);
    await page.getByLabel("Région").selectOption({ label: "Grand Est" });
    await submit(page);
    await expectResults("b");

    await search(page, word);
    await page.getByLabel("Département").selectOption("75");
    await submit(page);
    await expectResults("c");

    await search(page, word);
    await page.getByLabel("Mois").selectOption(addDays(TODAY, 230).slice(0, 7));
    await submit(page);
    await expectResults("b", "c");

    await search(page, word);
    await page.getByLabel("Du", { exact: true }).fill(addDays(TODAY, 30));
    await page.getByLabel("Au", { exact: true }).fill(addDays(TODAY, 40));
    await submit(page);
    await expectResults("a", "c");

    await search(page, word);
    await tick(null, "Hébergement");
    await submit(page);
    await expectResults("a");

    await search(page, word);
    await tick(null, "Restauration");
    await submit(page);
    await expectResults("a", "c");

    await search(page, word);
    await page.getByLabel("Nombre de places minimum").fill("5");
    await submit(page);
    await expectResults("a", "c");

    // Combined: every filter applies, and the form shows them all back.
    await search(page, word);
    await tick("Thématique", "Sommeil");
    await tick(null, "Restauration");
    await page.getByLabel("Région").selectOption({ label: "Île-de-France" });
    await page.getByLabel("Nombre de places minimum").fill("6");
    await submit(page);
    await expectResults("a");
    await page.reload();
    await expectResults("a");
    await expect(page.getByRole("checkbox", { name: "Sommeil" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Restauration" })).toBeChecked();
    await expect(page.getByLabel("Nombre de places minimum")).toHaveValue("6");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Réinitialiser les filtres" }).click();
    await expect(page).toHaveURL(/\/offres$/);
  });

  test("20 offres par page, « Suivant > » et « < Précédent », et le bouton retour rend les filtres", async ({ page, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Ville ${word}` });
    for (let i = 0; i < 25; i++) {
      await createOffer(db, { today: TODAY, structureId, name: `Offre ${i + 1} ${word}`, offersHousing: i < 3, publicationStart: addDays(TODAY, -(i % 5)) });
    }
    await search(page, word);
    await expect(resultsHeading(page, /^25 offres/)).toBeVisible();
    const cards = page.locator("#resultats-titre").locator("xpath=ancestor::section[1]").getByRole("heading", { level: 3 });
    await expect(cards).toHaveCount(20);
    await page.getByRole("link", { name: "Suivant" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(cards).toHaveCount(5);
    await expect(page.getByText("Page 2 sur 2", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Précédent" }).click();
    await expect(page).not.toHaveURL(/page=2/);
    await expect(cards).toHaveCount(20);

    // The back button: the previous URL, its results and its filters in the form.
    await page.getByRole("checkbox", { name: "Hébergement" }).check();
    await submit(page);
    await expect(resultsHeading(page, "3 offres")).toBeVisible();
    await page.goBack();
    await expect(resultsHeading(page, /^25 offres/)).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Hébergement" })).not.toBeChecked();
    await expect(page.getByLabel("Rechercher", { exact: true })).toHaveValue(word);
    await page.goForward();
    await expect(resultsHeading(page, "3 offres")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Hébergement" })).toBeChecked();

    // A page past the end shows the last page.
    await page.goto(`/offres?q=${word}&page=999999`);
    await expect(page.getByText("Page 2 sur 2", { exact: true })).toBeVisible();
  });

  test("les filtres s'utilisent entièrement au clavier", async ({ page, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Foyer ${word}` });
    const sleep = await referenceId(db, "THEME", "Sommeil");
    await createOffer(db, { today: TODAY, structureId, name: `Sommeil des seniors ${word}`, themeIds: [sleep], offersHousing: true });
    await createOffer(db, { today: TODAY, structureId, name: `Écrans et adolescents ${word}` });

    await page.goto("/offres");
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          id: el?.id ?? "",
          tag: el?.tagName ?? "",
          text: el?.textContent?.trim() ?? "",
          name: el?.getAttribute("name") ?? "",
          value: el?.getAttribute("value") ?? "",
        };
      });
    async function tabUntil(match: (f: { id: string; tag: string; text: string; name: string; value: string }) => boolean) {
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press("Tab");
        if (match(await focused())) return;
      }
      throw new Error("focus never reached the expected control");
    }

    await tabUntil((f) => f.id === "q");
    await page.keyboard.type(word);
    await tabUntil((f) => f.tag === "SUMMARY" && f.text.startsWith("Thématique"));
    await page.keyboard.press("Enter");
    await tabUntil((f) => f.name === "thematique" && f.value === String(sleep));
    await page.keyboard.press("Space");
    await tabUntil((f) => f.id.startsWith("hebergement"));
    await page.keyboard.press("Space");
    await tabUntil((f) => f.tag === "BUTTON" && f.text === "Rechercher");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`q=${word}.*thematique=${sleep}.*hebergement=1`));
    await expect(resultsHeading(page, "1 offre")).toBeVisible();

    // The result is reachable from the keyboard too, and opens the offer.
    await tabUntil((f) => f.tag === "A" && f.text === `Sommeil des seniors ${word}`);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: `Sommeil des seniors ${word}` })).toBeVisible();
  });

  test("accueil, liste et offre restent lisibles et accessibles sur 360 px", async ({ page, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Centre de santé ${word}` });
    const id = (await createOffer(db, { today: TODAY, structureId, name: `Une offre au titre particulièrement long pour un petit écran ${word}` })).id;
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/", `/offres?q=${word}`, `/offres/${id}`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    }
  });

  test("l'accueil présente la plateforme, les dernières offres et la recherche", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Créer un compte offreur" })).toHaveAttribute("href", "/inscription");
    await expect(page.getByRole("main").getByRole("link", { name: "Se connecter" }).first()).toHaveAttribute("href", "/connexion");
    const latest = page.getByRole("region", { name: "Dernières offres publiées" }).getByRole("heading", { level: 3 });
    await expect(latest.first()).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("searchbox", { name: "Rechercher une offre" }).fill("sommeil");
    await page.getByRole("main").getByRole("button", { name: "Rechercher" }).click();
    await expect(page).toHaveURL(/\/offres\?q=sommeil/);
    await expect(page.getByLabel("Rechercher", { exact: true })).toHaveValue("sommeil");
  });

  test("n'importe quelle adresse donne une page normale, sans jamais renvoyer la saisie telle quelle", async ({ page }) => {
    page.on("dialog", () => {
      throw new Error("a script from the URL ran");
    });
    const script = "<script>alert(1)</script>";
    const urls = [
      "/offres?page=99999999999999999999",
      "/offres?page=-4&places=abc&thematique=abc&thematique=99999999&region=<b>&departement=%00",
      // 5,000 characters (Node refuses request lines over 16 kB before the app sees them, so not 5,000 « é »).
      `/offres?q=${encodeURIComponent("santé ".repeat(834))}`,
      `/offres?q=${encodeURIComponent(script)}`,
      `/offres?q=${encodeURIComponent("'; drop table offers; --")}&mois=2026-13&du=demain&au=2026-02-30`,
      "/offres?q=%E0%A4%A&hebergement[]=1",
    ];
    for (const url of urls) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Offres de prévention" })).toBeVisible();
      const html = await response!.text();
      expect(html).not.toContain(script);
      expect(html).not.toContain("<b>");
    }
    await page.goto(`/offres?q=${encodeURIComponent(script)}`);
    await expect(page.getByLabel("Rechercher", { exact: true })).toHaveValue(script);
    await page.goto(`/offres?q=${"a".repeat(5000)}`);
    expect((await page.getByLabel("Rechercher", { exact: true }).inputValue()).length).toBe(200);

    for (const url of [
      "/offres/abc",
      "/offres/0",
      "/offres/99999999999",
      "/offres/1.5",
      "/offres/abc/pdf",
      "/fichiers/pas-un-uuid",
      "/fichiers/00000000-0000-0000-0000-000000000000",
    ]) {
      expect((await page.request.get(url)).status(), url).toBe(404);
    }
  });

  test("sitemap.xml liste les offres publiées et robots.txt l'annonce", async ({ page, sql }) => {
    const visible = one(
      await sql<{ id: number }[]>`
      select id from offers where state in ('VALIDATED', 'PUBLISHED') and deleted_at is null
        and publication_start <= ${TODAY}::date and publication_end >= ${TODAY}::date order by id limit 1`,
    );
    const [draft] = await sql<{ id: number }[]>`select id from offers where state = 'DRAFT' order by id limit 1`;
    const sitemap = await (await page.request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`/offres/${visible.id}</loc>`);
    if (draft) expect(sitemap).not.toContain(`/offres/${draft.id}</loc>`);
    const robots = await (await page.request.get("/robots.txt")).text();
    expect(robots).toContain("Sitemap:");
    expect(robots).toContain("Disallow: /espace");
  });
});
