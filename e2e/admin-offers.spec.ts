import { readFile } from "node:fs/promises";
import { createOffer, createStructure } from "../test/factories";
import { TODAY, uniqueWord } from "./support/catalogue";
import { E2E } from "./support/config";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";
import { insertOfferer } from "./support/structure-admin";

/**
 * /admin/offres (docs/produit.md#pouvoirs-de-lars, #suppression-et-historique): the Île-de-France demo admin filters the région's offers by state
 * and structure, downloads the CSV and reads it back, opens an offer, and restores the one a
 * structure's VALIDEUR has just deleted through the offerer space. Each test makes its own
 * structures and offers, named with a word nobody else uses.
 */
test.describe("Offres de la région (administration régionale)", () => {
  test("filtrer par état et structure, exporter, consulter, restaurer une offre supprimée", async ({ browser, page, sql, db }) => {
    test.setTimeout(180_000);
    const word = uniqueWord();
    const { id: alpha } = await createStructure(db, { name: `Association ${word}` });
    const { id: beta } = await createStructure(db, { name: `Collège ${word}` });
    const sleep = (await createOffer(db, { today: TODAY, structureId: alpha, name: `Sommeil ${word}`, state: "PUBLISHED" })).id;
    const nutrition = (await createOffer(db, { today: TODAY, structureId: alpha, name: `Nutrition ${word}`, state: "PENDING" })).id;
    await createOffer(db, { today: TODAY, structureId: alpha, name: `Brouillon ${word}`, state: "DRAFT" });
    await createOffer(db, { today: TODAY, structureId: beta, name: `Écrans ${word}`, state: "PUBLISHED" });
    const rescue = (await createOffer(db, { today: TODAY, structureId: beta, name: `Gestes qui sauvent ${word}`, state: "PUBLISHED" })).id;
    const validator = await insertOfferer(db, beta, { permissions: ["VALIDEUR"], firstName: "Marc" });

    // ——— The structure's VALIDEUR deletes a published offer from the offerer space ———
    const offerer = await browser.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR", timezoneId: "Europe/Paris" });
    const o = await offerer.newPage();
    await login(o, validator);
    await expect(o).toHaveURL(/\/espace$/);
    await o.goto(`/espace/offres/${rescue}`);
    await expect(o.getByRole("heading", { level: 1, name: `Gestes qui sauvent ${word}` })).toBeVisible();
    await expectAccessible(o);
    await o.getByRole("button", { name: "Supprimer", exact: true }).click();
    await o.getByRole("dialog").getByRole("button", { name: "Supprimer l'offre" }).click();
    await expect(o).toHaveURL(/\/espace\/offres$/);
    await offerer.close();
    expect((await page.request.get(`/offres/${rescue}`)).status()).toBe(404);

    // ——— The regional admin filters by state and structure ———
    await login(page, DEMO_ACCOUNTS.adminIdf);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/admin/offres");
    await expect(page.getByRole("heading", { level: 1, name: "Offres de la région" })).toBeVisible();
    await expectAccessible(page);

    const filters = page.getByRole("search", { name: "Filtrer les offres de la région" });
    await filters.getByLabel("Rechercher").fill(word);
    await filters.getByLabel("Structure", { exact: true }).selectOption({ label: `Association ${word}` });
    await filters.getByLabel("Publiée").check();
    await filters.getByLabel("En attente de validation").check();
    await filters.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/etat=en-attente&etat=publiee/);
    await expect(page).toHaveURL(new RegExp(`structure=${alpha}`));
    const table = page.getByRole("table", { name: "2 offres" });
    await expect(table).toBeVisible();
    await expect(table.getByRole("link", { name: `Sommeil ${word}` })).toBeVisible();
    await expect(table.getByRole("link", { name: `Nutrition ${word}` })).toBeVisible();
    await expect(table.getByText(`Brouillon ${word}`)).toHaveCount(0);
    await expect(table.getByText(`Écrans ${word}`)).toHaveCount(0);
    await expect(filters.getByLabel("Publiée")).toBeChecked();
    await expectAccessible(page);

    // ——— The CSV of the filtered list, read back ———
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Exporter la liste (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^offres-region-11-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^"N° de l'offre";"Nom de l'offre";"Structure";"État";"Supprimée";/);
    expect(lines).toHaveLength(3);
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^"${nutrition}";"Nutrition ${word}";"Association ${word}";"En attente de validation";"non";`)),
    );
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^"${sleep}";"Sommeil ${word}";"Association ${word}";"Publiée";"non";`)));

    // ——— One offer, read-only, with its PDF ———
    await table.getByRole("link", { name: `Sommeil ${word}` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/offres/${sleep}$`));
    await expect(page.getByRole("heading", { level: 1, name: `Sommeil ${word}` })).toBeVisible();
    await expect(page.getByText(`Association ${word}`).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Restaurer l'offre" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Modifier" })).toHaveCount(0);
    await expectAccessible(page);
    const pdf = await page.request.get(`/admin/offres/${sleep}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");

    // ——— The bin: restore the deleted offer ———
    await page.goto(`/admin/offres?q=${word}&supprimees=1`);
    const bin = page.getByRole("table", { name: "1 offre supprimée" });
    await expect(bin).toBeVisible();
    await expectAccessible(page);
    await bin.getByRole("link", { name: `Gestes qui sauvent ${word}` }).click();
    await expect(page.getByText("Offre supprimée", { exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Restaurer l'offre" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("« Publiée »");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Restaurer l'offre" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Offre supprimée", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("cell", { name: "Restauration (administration régionale)" })).toBeVisible();
    await expectAccessible(page);

    const [row] = await sql<{ state: string; deleted_at: Date | null }[]>`select state, deleted_at from offers where id = ${rescue}`;
    expect(row).toEqual({ state: "PUBLISHED", deleted_at: null });
    // Back in the public catalogue at once (the action expired its cache).
    expect((await page.request.get(`/offres/${rescue}`)).status()).toBe(200);
  });
});
