import { readFile } from "node:fs/promises";
import { PDFParse } from "pdf-parse";
import { addDays, formatDateFr } from "../lib/core/dates/paris";
import { attachFile, createFile, createOffer, createStructure, referenceId } from "../test/factories";
import { resultsHeading, search, TODAY, uniqueWord } from "./support/catalogue";
import { expect, expectAccessible, test } from "./support/fixtures";

// A 2×2 red PNG: a real image for the structure's logo.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==", "base64");

/** The public page of one offer, its PDF, and the offers the public never sees (docs/produit.md#ce-que-voit-le-public). */
test.describe("Catalogue public : la page d'une offre et sa fiche PDF (issue 3)", () => {
  test("la page d'une offre montre tous ses champs publics, la plage d'accueil et les documents", async ({ page, db }) => {
    const word = uniqueWord();
    const { id: logoId } = await createFile(db, { name: "logo.png", mimeType: "image/png", content: PNG });
    const { id: structureId } = await createStructure(db, { name: `Association ${word}`, logoFileId: logoId });
    const name = `Prévention de l'obésité ${word}`;
    const id = (
      await createOffer(db, {
        today: TODAY,
        structureId,
        name,
        // What the page's description and « Candidater par email » are checked against below.
        description: "Ateliers de prévention animés par les étudiants en santé, préparés avec l'équipe.",
        applicationEmail: "candidatures@exemple.fr",
        hostSiteName: "École élémentaire Jean Jaurès",
        weeklySlots: ["1-am", "1-pm", "4-pm"],
        themeIds: [await referenceId(db, "THEME", "Alimentation / nutrition")],
        offersMeals: true,
      })
    ).id;
    await attachFile(db, id, { name: "Plan d'accès.pdf", content: Buffer.from("%PDF-1.4\n%e2e\n") });

    await search(page, word);
    await page.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/offres/${id}$`));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${name}`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", name);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Ateliers de prévention/);
    await expect(page.getByText(`Offre n° ${id}`)).toBeVisible();

    for (const label of [
      "Thématique(s)",
      "Nombre de places",
      "Structure d'accueil",
      "Adresse de l'offre",
      "Période de prise en charge",
      "Email pour candidater",
    ]) {
      await expect(page.getByRole("term").filter({ hasText: label }).first()).toBeVisible();
    }
    const grid = page.getByRole("table", { name: "Demi-journées d'accueil, du lundi au dimanche" });
    await expect(grid.getByRole("row", { name: /Lundi/ })).toContainText("OuiOui");
    await expect(grid.getByRole("row", { name: /Jeudi/ })).toContainText("NonOui");
    await expect(page.getByRole("link", { name: "Candidater par email" })).toHaveAttribute("href", /^mailto:candidatures@exemple\.fr\?subject=/);
    await expect(page.locator(`img[src="/fichiers/${logoId}"]`)).toHaveJSProperty("naturalWidth", 2);
    await expectAccessible(page);

    const attachment = await page.request.get((await page.getByRole("link", { name: "Plan d'accès.pdf" }).getAttribute("href")) as string);
    expect(attachment.status()).toBe(200);
    expect(attachment.headers()["content-disposition"]).toBe(`attachment; filename="Plan d'acces.pdf"; filename*=UTF-8''Plan%20d%27acc%C3%A8s.pdf`);
    expect(attachment.headers()["x-content-type-options"]).toBe("nosniff");
    expect(attachment.headers()["content-type"]).toBe("application/pdf");
  });

  test("la fiche PDF se télécharge, en A4, avec le nom, la structure et les dates", async ({ page, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Mairie ${word}` });
    const name = `Gestes qui sauvent au collège ${word}`;
    const [start, end] = [addDays(TODAY, -3), addDays(TODAY, 45)];
    const id = (await createOffer(db, { today: TODAY, structureId, name, publicationStart: start, publicationEnd: end })).id;

    await page.goto(`/offres/${id}`);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: /Télécharger la fiche PDF/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`offre-${id}-gestes-qui-sauvent-au-college-${word}.pdf`);

    const parser = new PDFParse({ data: await readFile(await download.path()) });
    const info = await parser.getInfo({ parsePageInfo: true });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(info.pages?.[0]?.width).toBeCloseTo(595.28, 1);
    expect(info.pages?.[0]?.height).toBeCloseTo(841.89, 1);
    expect(text).toContain(name);
    expect(text).toContain(`Mairie ${word}`);
    expect(text).toContain(`Publiée du ${formatDateFr(start)} au ${formatDateFr(end)}`);
    expect(text).toContain(`Offre n° ${id}`);
    expect(text).toContain("Plage d'accueil");

    const response = await page.request.get(`/offres/${id}/pdf`);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toContain(`filename="offre-${id}-gestes-qui-sauvent-au-college-${word}.pdf"`);
  });

  test("brouillon, en attente, pas encore publiée, caduque ou supprimée : absente de la liste, 404 sur sa page et son PDF", async ({ page, db }) => {
    const word = uniqueWord();
    const { id: structureId } = await createStructure(db, { name: `Collège ${word}` });
    const hidden = [
      (await createOffer(db, { today: TODAY, structureId, name: `Brouillon ${word}`, state: "DRAFT" })).id,
      (await createOffer(db, { today: TODAY, structureId, name: `En attente ${word}`, state: "PENDING" })).id,
      (await createOffer(db, { today: TODAY, structureId, name: `Future ${word}`, state: "VALIDATED", publicationStart: addDays(TODAY, 1) })).id,
      (
        await createOffer(db, {
          today: TODAY,
          structureId,
          name: `Caduque ${word}`,
          state: "EXPIRED",
          publicationStart: addDays(TODAY, -30),
          publicationEnd: addDays(TODAY, -1),
        })
      ).id,
      // Still « Publiée » in the table the day after its end (the cron is late): the dates decide.
      (
        await createOffer(db, {
          today: TODAY,
          structureId,
          name: `En retard ${word}`,
          state: "PUBLISHED",
          publicationStart: addDays(TODAY, -30),
          publicationEnd: addDays(TODAY, -1),
        })
      ).id,
    ];
    const deleted = (await createOffer(db, { today: TODAY, structureId, name: `Supprimée ${word}`, deletedAt: new Date() })).id;
    hidden.push(deleted);

    await search(page, word);
    await expect(resultsHeading(page, "Aucune offre")).toBeVisible();
    await expect(page.getByText("Aucune offre ne correspond à votre recherche.")).toBeVisible();
    await expectAccessible(page);

    for (const id of hidden) {
      const response = await page.goto(`/offres/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
      expect((await page.request.get(`/offres/${id}/pdf`)).status()).toBe(404);
    }
  });
});
