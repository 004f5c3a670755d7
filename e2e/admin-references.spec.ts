import type { Page } from "@playwright/test";
import { uniqueWord } from "./support/catalogue";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";

/** The public filter's checkbox of a thématique (inside the collapsed « Thématique » group). */
const themeFilter = (page: Page, label: string) => page.getByRole("checkbox", { name: label, exact: true, includeHidden: true });
const row = (page: Page, label: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: label, exact: true }) });

// Logging in (argon2) on a cold server shared by parallel runs can take more than the default 10 s.
test.describe("Référentiels et chiffres de la région (docs/produit.md#pouvoirs-de-lars)", () => {
  test("l'ARS Grand Est voit les chiffres de sa région sur son tableau de bord", async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.adminGrandEst);
    await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1, name: /Grand Est/ })).toBeVisible();

    const byDepartment = page.getByRole("table", { name: "Offres par département" });
    await expect(byDepartment.getByRole("columnheader", { name: "Publiées aujourd'hui" })).toBeVisible();
    await expect(byDepartment.getByRole("rowheader", { name: "Meurthe-et-Moselle (54)" })).toBeVisible();
    await expect(byDepartment.getByRole("rowheader", { name: "Total de la région" })).toBeVisible();
    // Only the admin's région: no Île-de-France département.
    await expect(byDepartment.getByRole("rowheader", { name: /\(75\)|\(93\)/ })).toHaveCount(0);

    await expect(page.getByRole("heading", { level: 2, name: "Offres par thématique" })).toBeVisible();
    const demand = page.getByRole("table", { name: "Étudiants déclarés et places offertes, par département et par mois" });
    await expect(demand.getByRole("rowheader", { name: "Bas-Rhin (67)" })).toBeVisible();
    await expectAccessible(page);
  });

  test("ajoute une thématique, la voit dans les filtres publics, la renomme, puis la désactive", async ({ page }) => {
    // Eight page loads, four of them server actions, on a machine shared by parallel runs.
    test.setTimeout(180_000);
    const label = `Thématique ${uniqueWord()}`;
    const renamed = `${label} renommée`;

    await login(page, DEMO_ACCOUNTS.adminGrandEst);
    await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 });
    await page.goto("/admin/referentiels");
    await expect(page.getByRole("heading", { level: 1, name: "Référentiels" })).toBeVisible();
    await expect(page.getByText("Ces listes sont communes à toutes les régions")).toBeVisible();
    await expect(page.getByRole("link", { name: "Thématiques" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);

    await page.getByLabel("Intitulé").fill(label);
    await page.getByRole("button", { name: "Ajouter", exact: true }).click();
    await expect(page.getByText(`« ${label} » a été ajouté à la fin de la liste.`)).toBeVisible();
    await expect(row(page, label)).toContainText("Inutilisé");

    // The same label in other capitals is the same item.
    await page.getByLabel("Intitulé").fill(`  ${label.toUpperCase()} `);
    await page.getByRole("button", { name: "Ajouter", exact: true }).click();
    await expect(page.getByText("Cet intitulé existe déjà dans cette liste")).toBeVisible();
    await expect(page.getByLabel("Intitulé")).toHaveValue(`  ${label.toUpperCase()} `);
    await expectAccessible(page);

    await page.goto("/offres");
    await expect(themeFilter(page, label)).toHaveCount(1);
    await expectAccessible(page);

    await page.goto("/admin/referentiels");
    await page.getByRole("button", { name: `Renommer ${label}`, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Renommer « ${label} »` });
    await dialog.getByLabel("Nouvel intitulé").fill(renamed);
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Renommer", exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(row(page, renamed)).toBeVisible();

    await page.goto("/offres");
    await expect(themeFilter(page, renamed)).toHaveCount(1);
    await expect(themeFilter(page, label)).toHaveCount(0);

    await page.goto("/admin/referentiels");
    await row(page, renamed)
      .getByRole("button", { name: `Désactiver ${renamed}` })
      .click();
    await page
      .getByRole("dialog", { name: `Désactiver « ${renamed} » ?` })
      .getByRole("button", { name: "Désactiver", exact: true })
      .click();
    await expect(row(page, renamed)).toContainText("Désactivé");
    await expect(row(page, renamed).getByRole("button", { name: `Réactiver ${renamed}` })).toBeVisible();
    await expectAccessible(page);

    await page.goto("/offres");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(themeFilter(page, renamed)).toHaveCount(0);

    // Unused, it may go for good; the other lists are one tab away.
    await page.goto("/admin/referentiels?liste=thematiques");
    await row(page, renamed)
      .getByRole("button", { name: `Supprimer ${renamed}` })
      .click();
    await page
      .getByRole("dialog", { name: `Supprimer « ${renamed} » ?` })
      .getByRole("button", { name: "Supprimer", exact: true })
      .click();
    await expect(row(page, renamed)).toHaveCount(0);
    await page.getByRole("link", { name: "Disciplines" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Disciplines" })).toBeVisible();
    await expect(row(page, "Soins infirmiers")).toBeVisible();
    await expectAccessible(page);
  });

  test("une personne qui n'est pas administrateur régional n'y a pas accès", async ({ page }) => {
    await login(page, DEMO_ACCOUNTS.offererAdmin);
    await expect(page).toHaveURL(/\/espace/, { timeout: 30_000 });
    const response = await page.goto("/admin/referentiels");
    expect(response?.status()).toBe(403);
    await expectAccessible(page);
  });
});
