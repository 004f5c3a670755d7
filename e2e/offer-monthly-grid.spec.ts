import { eq } from "drizzle-orm";
import { offers } from "../db/schema";
import { addDays } from "../lib/core/dates/paris";
import { monthLabel, monthsOfPeriod } from "../lib/offers/reception";
import { createOffer, createStructure } from "../test/factories";
import { one } from "../lib/core/rows";
import { TODAY, uniqueWord } from "./support/catalogue";
import { expect, expectAccessible, login, test } from "./support/fixtures";
import { insertOfferer } from "./support/structure-admin";

/**
 * Issue 13 §3: « Plage d'accueil » selon le mois (docs/produit.md#plage-daccueil-selon-le-mois). A school
 * director keeps one grid, then ticks « Adapter selon le mois » with the keyboard and leaves December
 * empty; the public page of an offer whose grid changes with the month shows it month by month.
 */
test("« Adapter selon le mois » au clavier : une plage par mois, un mois sans accueil, enregistrés", async ({ page, db }) => {
  test.setTimeout(120_000);
  const word = uniqueWord();
  const { id: structureId } = await createStructure(db, { name: `École ${word}` });
  const director = await insertOfferer(db, structureId, { permissions: ["GESTIONNAIRE"], firstName: "Sylvie" });
  const draft = await createOffer(db, { structureId, state: "DRAFT", name: `Hygiène des mains ${word}`, periodStart: null, periodEnd: null, weeklySlots: [] });
  await login(page, director);
  await expect(page).toHaveURL(/\/espace$/);
  await page.goto(`/espace/offres/${draft.id}?etape=2`);
  await expect(page.getByRole("heading", { name: /Modalités/ })).toBeVisible();

  // One grid by default.
  await page.getByLabel("Lundi matin").check();
  await expect(page.getByRole("table", { name: "Plage d'accueil" })).toBeVisible();

  // Ticked without a period: the message is next to the box, nothing is lost.
  const adapt = page.getByRole("checkbox", { name: "Adapter selon le mois" });
  await adapt.focus();
  await page.keyboard.press("Space");
  await expect(adapt).toBeChecked();
  await expect(page.getByText("Indiquez le début et la fin de période : une plage d'accueil par mois de la période apparaîtra ici.")).toBeVisible();
  await page.getByRole("button", { name: /Suivant/ }).click();
  await expect(page.getByText("Indiquez le début et la fin de période : une plage par mois de la période apparaîtra")).toBeVisible();
  await expect(adapt).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // With the period, one grid per month, each starting from the shared one.
  const start = addDays(TODAY, 20);
  const end = addDays(TODAY, 80);
  const months = monthsOfPeriod(start, end);
  await page.getByLabel("Début de période").fill(start);
  await page.getByLabel("Fin de période").fill(end);
  for (const month of months) await expect(page.getByRole("table", { name: `Plage d'accueil en ${monthLabel(month)}` })).toBeVisible();
  const [first, second] = months as [string, string];
  await expect(page.getByLabel(`Lundi matin, ${monthLabel(first)}`)).toBeChecked();
  // The second month: no reception (keyboard: the shortcut, then Enter).
  await page.getByRole("button", { name: `Tout décocher, ${monthLabel(second)}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(`Lundi matin, ${monthLabel(second)}`)).not.toBeChecked();
  // The first month: Wednesday afternoon too (Space on the focused box).
  await page.getByLabel(`Mercredi après-midi, ${monthLabel(first)}`).focus();
  await page.keyboard.press("Space");
  await expectAccessible(page);
  await page.getByRole("button", { name: /Suivant/ }).click();
  await expect(page).toHaveURL(/etape=3/);

  const saved = one(await db.select().from(offers).where(eq(offers.id, draft.id)));
  expect(saved.monthlySlots?.[first]).toEqual(["1-am", "3-pm"]);
  expect(saved.monthlySlots?.[second]).toEqual([]);
  expect(Object.keys(saved.monthlySlots ?? {})).toEqual(months);
  expect(saved.weeklySlots).toEqual(["1-am", "3-pm"]);

  // Back to step 2: the grids are as left.
  await page.getByRole("button", { name: /Retour/ }).click();
  await expect(page).toHaveURL(/etape=2/);
  await expect(adapt).toBeChecked();
  await expect(page.getByLabel(`Mercredi après-midi, ${monthLabel(first)}`)).toBeChecked();
  await expect(page.getByLabel(`Lundi matin, ${monthLabel(second)}`)).not.toBeChecked();
});

test("la page publique d'une offre montre sa plage d'accueil mois par mois", async ({ page, db }) => {
  const word = uniqueWord();
  const { id: structureId } = await createStructure(db, { name: `Centre social ${word}` });
  const start = addDays(TODAY, 20);
  const end = addDays(TODAY, 80);
  const months = monthsOfPeriod(start, end);
  const offer = await createOffer(db, {
    structureId,
    name: `Atelier sommeil ${word}`,
    periodStart: start,
    periodEnd: end,
    weeklySlots: ["1-am", "1-pm", "4-pm"],
    monthlySlots: Object.fromEntries(months.map((month, index) => [month, index === 1 ? [] : index === 0 ? ["1-am", "1-pm", "4-pm"] : ["1-am"]])),
    today: TODAY,
  });
  await page.goto(`/offres/${offer.id}`);
  await expect(page.getByRole("heading", { level: 1, name: offer.name })).toBeVisible();
  const table = page.getByRole("table", { name: "Demi-journées d'accueil, mois par mois" });
  await expect(table).toBeVisible();
  const row = (month: string) => table.getByRole("row", { name: new RegExp(monthLabel(month), "i") });
  await expect(row(months[0]!).getByRole("cell")).toHaveText(["Journée", "Non", "Non", "Après-midi", "Non", "Non", "Non"]);
  await expect(row(months[1]!).getByRole("cell")).toHaveText(["Non", "Non", "Non", "Non", "Non", "Non", "Non"]);
  await expectAccessible(page);
});
