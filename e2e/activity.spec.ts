import { activityLog } from "../db/schema";
import { expect, expectAccessible, login, test } from "./support/fixtures";
import { structureWithAdmin } from "./support/structure-admin";

/**
 * « Toute l'activité » (docs/produit.md#espace-offreur): from « Activité » (the latest 12), the structure's whole activity,
 * 50 a page, filtered by kind and dates in the URL; a bad date is said next to its field.
 */
test.describe("Toute l'activité", () => {
  test.describe.configure({ timeout: 120_000 });

  test("depuis « Activité », filtrée par sorte et par dates, paginée ; une date mal saisie est signalée à côté du champ", async ({ page, db }) => {
    const { structureId, admin } = await structureWithAdmin(db);
    const rows = Array.from({ length: 55 }, (_, index) => {
      const day = String((index % 28) + 1).padStart(2, "0");
      const kind = index % 5 === 0 ? "user" : "offer";
      return {
        structureId,
        regionCode: "11",
        action: `${kind}.updated`,
        subjectType: kind,
        subjectId: kind === "user" ? admin.id : "999999999",
        summary: `${kind === "user" ? "Utilisateur" : "Offre"} modifié(e) le ${day} février (${index})`,
        createdAt: new Date(`2026-02-${day}T10:${String(index).padStart(2, "0")}:00Z`),
      };
    });
    await db.insert(activityLog).values(rows);

    await login(page, admin);
    await expect(page).toHaveURL(/\/espace$/);
    await page.getByRole("link", { name: "Toute l'activité" }).click();
    await expect(page).toHaveURL(/\/espace\/activite$/);
    await expect(page.getByRole("heading", { level: 1, name: "Toute l'activité" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("actions, des plus récentes aux plus anciennes");
    await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 1 sur 2");
    await expectAccessible(page);

    await page
      .getByRole("navigation", { name: "Pagination" })
      .getByRole("link", { name: /Suivant/ })
      .click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("Page 2 sur 2");

    // By kind and dates: the 11 user lines, then those of 1–7 February.
    await page.goto("/espace/activite");
    await page.getByLabel("Sorte").selectOption({ label: "Utilisateurs" });
    await page.getByLabel("Du").fill("2026-02-01");
    await page.getByLabel("Au").fill("2026-02-07");
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/sorte=utilisateurs/);
    const list = page.getByRole("list", { name: "Actions de la structure" });
    await expect(list.getByRole("listitem")).not.toHaveCount(0);
    for (const text of await list.getByRole("listitem").allInnerTexts()) expect(text).toMatch(/Utilisateur modifié\(e\) le 0[1-7] février/);
    await expectAccessible(page);

    // An end before the start: said next to « Au », the list not filtered by it.
    await page.goto("/espace/activite?du=2026-02-10&au=2026-02-01");
    await expect(page.getByLabel("Au")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("La date de fin doit être égale ou postérieure à la date de début")).toBeVisible();
    await expectAccessible(page);
  });
});
