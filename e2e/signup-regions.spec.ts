import { randomBytes, randomInt } from "node:crypto";
import { sirenFrom } from "../db/seed/siren";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";

/**
 * A structure outside the régions the platform serves used to be told « l'administrateur de votre
 * région va l'examiner » while no admin ever saw its request. Now the commune list says so before
 * anything is typed further, and the requests stored that way earlier reach every admin.
 */
const SENTENCE = /Cette commune est hors des régions de la plateforme\. La plateforme accueille les structures des régions Grand Est et Île-de-France\./;

test("a commune outside the served régions cannot be chosen, and the field says whom to contact", async ({ page }) => {
  await page.goto("/inscription");
  const commune = page.getByRole("combobox", { name: "Commune" });

  // Every answer outside: the field says so at once.
  await commune.fill("89140");
  await expect(page.getByRole("option", { name: /^89140 Pont-sur-Yonne \(89\) — hors des régions de la plateforme$/ })).toHaveAttribute(
    "aria-disabled",
    "true",
  );
  await expect(page.locator("#commune-error")).toHaveText(SENTENCE);
  await expect(commune).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // A mixed list: Évry (Yonne) is listed but a click does not choose it; Évry-Courcouronnes could be.
  await commune.fill("Évry");
  await expect(page.locator("#commune-error")).toBeHidden();
  await expect(page.getByRole("option", { name: /^91000 Évry-Courcouronnes \(91\)$/ })).toBeVisible();
  const evry = page.getByRole("option", { name: /^89140 Évry \(89\) — hors des régions de la plateforme$/ });
  await evry.click({ force: true }); // greyed out (aria-disabled), as a hurried person still clicks it
  await expect(commune).toHaveValue("Évry");
  await expect(page.locator("#commune-error")).toHaveText(SENTENCE);
  await page.getByRole("button", { name: "Suivant" }).click();
  await expect(page.getByRole("heading", { name: /Informations du compte administrateur/ })).toHaveCount(0);

  // A served commune is taken as before.
  await commune.fill("93200");
  await page.getByRole("option", { name: /^93200 Saint-Denis/ }).click();
  await expect(commune).toHaveValue("93200 Saint-Denis");
  await expect(page.locator("#commune-error")).toBeHidden();
});

test("a request stored earlier from outside the served régions reaches every admin, « hors région »", async ({ page, sql }) => {
  const marker = randomBytes(4).toString("hex");
  const name = `Les Amis de Puisaye ${marker}`;
  const [type] = await sql<{ id: number }[]>`select id from reference_items where kind = 'OFFERER_TYPE' and label = 'Association'`;
  const structure = {
    offererTypeId: String(type!.id),
    name,
    siren: sirenFrom(String(randomInt(10_000_000, 100_000_000))),
    street: "2 place de la Mairie",
    postalCode: "89140",
    communeCode: "89162",
    communeName: "Évry",
    departmentCode: "89",
    regionCode: "27",
    legalRepCivility: "Madame",
    legalRepLastName: "Perrin",
    legalRepFirstName: "Anne",
    legalRepFunction: "Présidente",
    description: "Prévention en milieu rural.",
  };
  const admin = { firstName: "Anne", lastName: "Perrin", jobTitle: "Présidente", email: `anne-${marker}@amis-puisaye.fr`, phone: "+33386000000" };
  await sql`insert into signup_requests (data, region_code, siren, email, structure_name)
            values (${sql.json({ structure, admin })}, '27', ${structure.siren}, ${admin.email}, ${name})`;

  for (const account of [DEMO_ACCOUNTS.adminIdf, DEMO_ACCOUNTS.adminGrandEst]) {
    await page.context().clearCookies();
    await login(page, account);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto("/admin/demandes");
    const card = page.getByRole("article", { name });
    await expect(card.getByText("Hors région", { exact: true })).toBeVisible();
    await expect(card.getByText(/Commune située en Bourgogne-Franche-Comté, hors des régions que dessert la plateforme/)).toBeVisible();
    await expectAccessible(page);
  }

  // It cannot be accepted: no admin would follow that structure.
  const card = page.getByRole("article", { name });
  await card.getByRole("button", { name: "Accepter" }).click();
  await page.getByRole("button", { name: "Accepter la demande" }).click();
  await expect(page.getByText(/hors des régions de la plateforme : elle ne peut pas y être créée/).first()).toBeVisible();
});
