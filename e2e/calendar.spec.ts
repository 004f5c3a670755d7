import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import ICAL from "ical.js";
import { E2E } from "./support/config";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";
import { extractLink, latestEmailTo } from "./support/mailbox";
import { demoAccount } from "./support/structure-admin";
import { availabilityPeriods } from "../db/schema";
import { createInstitution, createUser, referenceId } from "../test/factories";
import { one } from "../lib/core/rows";

/**
 * Issue 7 end to end: the IDF admin creates an institution and its user; the user, activated from
 * the mailbox link, declares two periods; the admin and an offerer find them on the right days of
 * the right month, filter them, read the details with the keyboard alone; the iCalendar export
 * parses with a real parser. The periods are in March 2027, clear of the demo data's months.
 */
const PASSWORD = "Quatre cerisiers en fleur à Bobigny";
const MONTH = "2027-03";

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: E2E.baseUrl, locale: "fr-FR", timezoneId: "Europe/Paris" });
  return { context, page: await context.newPage() };
}

function textbox(page: Page, name: string) {
  return page.getByRole("textbox", { name, exact: true });
}

/** Tabs from the top of the page until `target` has the focus: the keyboard alone. */
async function tabTo(page: Page, target: Locator, maxTabs = 80) {
  await page.locator("body").focus();
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error("La cible n'a jamais reçu le focus au clavier");
}

/** The day columns (1 = the 1st) where a row draws a bar, from the bars' grid placement. */
async function barDays(row: Locator): Promise<string[]> {
  return row.locator("[data-bar]").evaluateAll((bars) =>
    bars.map((bar) => {
      // A bar's grid column is always « start / span n ».
      const [start, span] = (bar as HTMLElement).style.gridColumn.split(" / span ").map((part) => Number(part.trim())) as [number, number];
      return `${Array.from({ length: span }, (_, i) => start + i).join(",")}:${bar.getAttribute("data-bar")}`;
    }),
  );
}

test("an institution declares its students' availability, the ARS and an offerer read it in the calendar", async ({ page, browser, db }) => {
  test.setTimeout(240_000);
  const marker = randomBytes(3).toString("hex");
  const institutionName = `IFSI de Bobigny ${marker}`;
  const userEmail = `scolarite-${marker}@ifsi-bobigny.exemple.fr`;

  // — The regional admin creates the institution and its user.
  await login(page, DEMO_ACCOUNTS.adminIdf);
  await expect(page).toHaveURL(/\/admin$/);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Établissements" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Établissements de formation");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Créer un établissement" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Créer l'établissement" }).click();
  await expect(page.getByText("Ce champ est obligatoire").first()).toBeVisible();
  await textbox(page, "Nom de l'établissement").fill(institutionName);
  await page.getByRole("combobox", { name: "Type d'établissement" }).selectOption({ label: "IFSI" });
  await page.getByRole("combobox", { name: "Département" }).selectOption("93");
  await page.getByRole("button", { name: "Créer l'établissement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(institutionName);
  const institutionId = page.url().match(/etablissements\/([0-9a-f-]{36})/)![1];
  await expectAccessible(page);

  await textbox(page, "Prénom").fill("Inès");
  await textbox(page, "Nom").fill("Haddad");
  await textbox(page, "Email").fill(DEMO_ACCOUNTS.offererAdmin.email);
  await textbox(page, "Fonction").fill("Responsable de la scolarité");
  await textbox(page, "Téléphone").fill("01 48 95 00 00");
  await page.getByRole("button", { name: "Créer l'utilisateur" }).click();
  await expect(page.getByText("Cette adresse email est déjà utilisée sur la plateforme")).toBeVisible();
  await expect(textbox(page, "Prénom")).toHaveValue("Inès");
  await textbox(page, "Email").fill(userEmail);
  await page.getByRole("button", { name: "Créer l'utilisateur" }).click();
  await expect(page.getByTestId("institution-user-created")).toContainText(userEmail);
  await expect(page.getByRole("row", { name: /Haddad/ })).toContainText("En attente d'activation");
  await expectAccessible(page);

  // — The user activates the account from the mailbox link and lands on « Disponibilités ».
  const email = await latestEmailTo(db, userEmail, "institution-user-created");
  expect(email.text).toContain(institutionName);
  const link = new URL(extractLink(email.text, "/activation/"));
  const institution = await newPage(browser);
  const user = institution.page;
  await user.goto(link.pathname);
  await expect(user.getByRole("heading", { level: 1 })).toHaveText("Choisissez votre mot de passe");
  await expectAccessible(user);
  await user.getByLabel("Nouveau mot de passe").fill(PASSWORD);
  await user.getByLabel("Confirmation du mot de passe").fill(PASSWORD);
  await user.getByLabel("J'accepte les conditions générales d'utilisation").check();
  await user.getByRole("button", { name: "Valider" }).click();
  await expect(user).toHaveURL(/\/espace\/disponibilites$/);
  await expect(user.getByText(institutionName)).toBeVisible();
  await expectAccessible(user);

  // — First period: split, Tuesday mornings and Thursdays, one excluded Thursday.
  await user.getByRole("link", { name: "Déclarer une période" }).click();
  await expectAccessible(user);
  await user.getByRole("combobox", { name: "Discipline" }).selectOption({ label: "Soins infirmiers" });
  await textbox(user, "Promotion / année").fill("2e année");
  await textbox(user, "Nombre d'étudiants").fill("0");
  await user.getByLabel("Date de début").fill(`${MONTH}-26`);
  await user.getByLabel("Date de fin").fill(`${MONTH}-01`);
  // Leaving a field shows its error, which moves what follows: leave it before clicking below.
  await user.getByLabel("Date de fin").blur();
  await user.getByLabel("En fractionné").check();
  await user.getByRole("button", { name: "Enregistrer la période" }).click();
  await expect(user.getByText("Saisissez un nombre d'étudiants entre 1 et 5 000")).toBeVisible();
  await expect(user.getByText("La date de fin doit être le même jour ou après la date de début")).toBeVisible();
  await expect(user.getByText("Pour une période en fractionné, cochez au moins une demi-journée")).toBeVisible();
  await expectAccessible(user);
  await textbox(user, "Nombre d'étudiants").fill("24");
  await user.getByLabel("Date de début").fill(`${MONTH}-01`);
  await user.getByLabel("Date de fin").fill(`${MONTH}-26`);
  await user.getByRole("checkbox", { name: "Mardi matin" }).check();
  await user.getByRole("checkbox", { name: "Jeudi matin" }).check();
  await user.getByRole("checkbox", { name: "Jeudi après-midi" }).check();
  await expect(user.getByRole("checkbox", { name: "Seine-Saint-Denis (93)" })).toBeChecked();
  await user.getByRole("checkbox", { name: "Paris (75)" }).check();
  await textbox(user, "Commentaire").fill("Partiels le 11 mars ; groupe de 24 étudiants");
  await user.getByRole("button", { name: "Enregistrer la période" }).click();
  await expect(user.getByTestId("period-created")).toBeVisible();
  await user.locator("#exclusion-du").fill(`${MONTH}-11`);
  await user.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(user.getByRole("list", { name: "Dates exclues de la période" })).toContainText("11 mars 2027");
  await expectAccessible(user);

  // — Second period: continuous, every day from the 15th; same discipline and promotion (one cohort), so it is flagged.
  await user.getByRole("link", { name: "Disponibilités" }).first().click();
  await user.getByRole("link", { name: "Déclarer une période" }).click();
  await user.getByRole("combobox", { name: "Discipline" }).selectOption({ label: "Soins infirmiers" });
  await textbox(user, "Promotion / année").fill("2e année");
  await textbox(user, "Nombre d'étudiants").fill("12");
  await user.getByLabel("Date de début").fill(`${MONTH}-15`);
  await user.getByLabel("Date de fin").fill("2027-04-09");
  await user.getByRole("button", { name: "Enregistrer la période" }).click();
  await expect(user.getByTestId("period-created")).toBeVisible();
  await expect(user.getByTestId("overlap-warning")).toContainText("Chevauche la période du 1er mars 2027 au 26 mars 2027 (2e année)");
  await user.getByRole("link", { name: "Disponibilités" }).first().click();
  await expect(user.getByRole("table", { name: /Périodes déclarées \(2\)/ })).toBeVisible();
  await expect(user.getByTestId("overlap-warning")).toHaveCount(2);
  await expectAccessible(user);

  // — The admin's calendar: the right days of the right month, filtered by institution.
  await page.goto(`/admin/calendrier?mois=${MONTH}`);
  await page.getByRole("combobox", { name: "Université / institut" }).selectOption({ label: institutionName });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(new RegExp(`etablissement=${institutionId}`));
  await expect(page.getByRole("heading", { name: "mars 2027" })).toBeVisible();
  await expect(page.getByTestId("calendar-count")).toHaveText("2 périodes de disponibilité ce mois-ci");
  const split = page.locator("[data-cal-row]").filter({ hasText: `${institutionName} — Soins infirmiers — 24 étudiants` });
  const continuous = page.locator("[data-cal-row]").filter({ hasText: `${institutionName} — Soins infirmiers — 12 étudiants` });
  // 1 March 2027 is a Monday: Tuesdays 2, 9, 16, 23 (mornings), Thursdays 4, 18, 25 (the 11th excluded).
  expect(await barDays(split)).toEqual(["2:am", "4:day", "9:am", "16:am", "18:day", "23:am", "25:day"]);
  // 29 March 2027 is Easter Monday: no bar.
  expect(await barDays(continuous)).toEqual([`${Array.from({ length: 14 }, (_, i) => 15 + i).join(",")}:day`, "30,31:day"]);
  await expectAccessible(page);

  // The details, by keyboard alone: focus the row, read them, Escape hides them.
  const trigger = split.getByRole("button");
  const details = split.getByRole("tooltip");
  await expect(details).toBeHidden();
  await tabTo(page, trigger);
  await expect(details).toBeVisible();
  await expect(details).toContainText("Modalité : En fractionné, matins et après-midis");
  await expect(details).toContainText("Demi-journées : les mardis matin, les jeudis toute la journée");
  await expect(details).toContainText("Dates exclues : 11 mars 2027");
  await expect(details).toContainText("Commentaire : Partiels le 11 mars ; groupe de 24 étudiants");
  await expect(trigger).toHaveAccessibleDescription(/Modalité : En fractionné.*Commentaire : Partiels le 11 mars/);
  await expect(trigger).toHaveAccessibleName(/Disponible : le 2 mars \(matin\), le 4 mars, le 9 mars \(matin\)/);
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(details).toBeHidden();

  // « > » to April: only the continuous period is left; a bad month falls back to the current one.
  await page.getByRole("link", { name: "Mois suivant : avril 2027" }).click();
  await expect(page.getByRole("heading", { name: "avril 2027" })).toBeVisible();
  await expect(page.getByTestId("calendar-count")).toHaveText("1 période de disponibilité ce mois-ci");
  await expectAccessible(page);
  const response = await page.goto(`/admin/calendrier?mois=2026-13&etablissement=${institutionId}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("textbox", { name: "Mois" })).not.toHaveValue("2026-13");
  await expectAccessible(page);

  // The iCalendar export of the filtered view holds the right dates, for a real parser.
  const ics = await page.request.get(`/admin/calendrier/export.ics?mois=${MONTH}&etablissement=${institutionId}`);
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  expect(events.map((event) => event.summary).sort()).toEqual([
    `${institutionName} — Soins infirmiers — 12 étudiants`,
    `${institutionName} — Soins infirmiers — 24 étudiants`,
  ]);
  const splitEvent = events.find((event) => event.summary.includes("24 étudiants"))!;
  const occurrences: string[] = [];
  const iterator = splitEvent.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) occurrences.push(next.toString().slice(0, 10));
  expect(occurrences).toEqual(["2027-03-02", "2027-03-04", "2027-03-09", "2027-03-16", "2027-03-18", "2027-03-23", "2027-03-25"]);
  const continuousEvent = events.find((event) => event.summary.includes("12 étudiants"))!;
  const continuousDays: string[] = [];
  const daily = continuousEvent.iterator();
  for (let next = daily.next(); next; next = daily.next()) continuousDays.push(next.toString().slice(0, 10));
  expect(continuousDays).toHaveLength(26 - 1);
  expect([continuousDays[0], continuousDays.at(-1)]).toEqual(["2027-03-15", "2027-04-09"]);
  expect(continuousDays).not.toContain("2027-03-29");
  const csv = await page.request.get(`/admin/calendrier/export.csv?mois=${MONTH}&etablissement=${institutionId}`);
  expect((await csv.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect((await csv.text()).split("\r\n").filter(Boolean)).toHaveLength(3);

  // — An offerer of the région finds the cohorts with the filters (GET form: the URL holds them).
  const offerer = await newPage(browser);
  await login(offerer.page, DEMO_ACCOUNTS.offererAdmin);
  await expect(offerer.page).toHaveURL(/\/espace$/);
  await expectAccessible(offerer.page);
  await offerer.page.getByRole("link", { name: "Calendrier" }).click();
  await expect(offerer.page.getByRole("heading", { level: 1 })).toHaveText("Calendrier des disponibilités des étudiants");
  await expectAccessible(offerer.page);
  await offerer.page.getByRole("textbox", { name: "Mois" }).fill(MONTH);
  await offerer.page.getByRole("combobox", { name: "Discipline" }).selectOption({ label: "Soins infirmiers" });
  await offerer.page.getByRole("combobox", { name: "Département" }).selectOption("75");
  await offerer.page.getByRole("button", { name: "Afficher" }).click();
  await expect(offerer.page).toHaveURL(/mois=2027-03.*departement=75/);
  // Paris is listed by the split period only; the continuous one stays in Seine-Saint-Denis.
  const offererRows = offerer.page.locator("[data-cal-row]").filter({ hasText: institutionName });
  await expect(offererRows).toHaveCount(1);
  expect(await barDays(offererRows)).toEqual(["2:am", "4:day", "9:am", "16:am", "18:day", "23:am", "25:day"]);
  const offererTrigger = offererRows.getByRole("button");
  await tabTo(offerer.page, offererTrigger, 200);
  await expect(offererRows.getByRole("tooltip")).toContainText("Départements : Paris (75), Seine-Saint-Denis (93)");
  await expectAccessible(offerer.page);

  // Below 768 px: the list view says the same days in words.
  await offerer.page.setViewportSize({ width: 375, height: 800 });
  await expect(offererRows.getByText("Disponible : le 2 mars (matin), le 4 mars, le 9 mars (matin)")).toBeVisible();
  await expect(offererRows.locator("[data-bar]").first()).toBeHidden();
  await expectAccessible(offerer.page);

  await institution.context.close();
  await offerer.context.close();
});

test("an excluded range and a public holiday leave those days empty in the calendar", async ({ page, db }) => {
  test.setTimeout(120_000);
  const marker = randomBytes(3).toString("hex");
  const institutionName = `IFSI de Créteil ${marker}`;
  const institution = await createInstitution(db, { name: institutionName, departmentCode: "94", regionCode: "11" });
  const email = `scolarite-${marker}@ifsi-creteil.exemple.fr`;
  await createUser(db, {
    kind: "INSTITUTION",
    institutionId: institution.id,
    email,
    passwordHash: (await demoAccount(db, DEMO_ACCOUNTS.institution.email)).passwordHash,
  });
  // 3 to 21 May 2027, every day; 6 May is Ascension Thursday, 8 May Victoire 1945, 17 May Whit Monday.
  const period = one(
    await db
      .insert(availabilityPeriods)
      .values({
        institutionId: institution.id,
        regionCode: "11",
        disciplineId: await referenceId(db, "DISCIPLINE", "Soins infirmiers"),
        studentCount: 18,
        startDate: "2027-05-03",
        endDate: "2027-05-21",
        modality: "CONTINUOUS",
        weeklySlots: [],
        departmentCodes: ["94"],
      })
      .returning(),
  );

  await login(page, { email });
  await expect(page).toHaveURL(/\/espace\/disponibilites$/);
  await page.goto(`/espace/disponibilites/${period.id}`);
  await expect(page.getByRole("heading", { level: 2, name: "Dates exclues" })).toBeVisible();
  await expectAccessible(page);

  // Bad input: an end before the start, then a range running past the period; what was typed stays.
  const from = page.locator("#exclusion-du");
  const to = page.locator("#exclusion-au");
  await from.fill("2027-05-14");
  await to.fill("2027-05-10");
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(page.locator("#exclusion-au-error")).toHaveText("La date « Au » doit être le même jour ou après la date « Du »");
  await expect(to).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await from.fill("2027-05-18");
  await to.fill("2027-05-28");
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  await expect(page.locator("#exclusion-au-error")).toContainText("Cette date est après la fin de la période");
  await expect(from).toHaveValue("2027-05-18");
  await expectAccessible(page);

  // A week of exams is one entry.
  await from.fill("2027-05-10");
  await to.fill("2027-05-14");
  await page.getByRole("button", { name: "Ajouter", exact: true }).click();
  const entries = page.getByRole("list", { name: "Dates exclues de la période" }).getByRole("listitem");
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText("du 10 mai 2027 au 14 mai 2027");
  await expectAccessible(page);

  await page.goto(`/espace/calendrier?mois=2027-05&etablissement=${institution.id}`);
  const row = page.locator("[data-cal-row]").filter({ hasText: institutionName });
  await expect(row).toHaveCount(1);
  expect(await barDays(row)).toEqual(["3,4,5:day", "7:day", "9:day", "15,16:day", "18,19,20,21:day"]);
  await expect(row.getByRole("button")).toHaveAccessibleName(/Disponible : du 3 au 5 mai, le 7 mai, le 9 mai, du 15 au 16 mai, du 18 au 21 mai\./);
  await expectAccessible(page);

  // « Retirer » gives the week back at once; the holidays stay empty.
  await page.goto(`/espace/disponibilites/${period.id}`);
  await page.getByRole("button", { name: "Retirer du 10 mai 2027 au 14 mai 2027" }).click();
  await expect(page.getByText("Aucune date exclue.")).toBeVisible();
  await page.goto(`/espace/calendrier?mois=2027-05&etablissement=${institution.id}`);
  expect(await barDays(row)).toEqual(["3,4,5:day", "7:day", "9,10,11,12,13,14,15,16:day", "18,19,20,21:day"]);
});

test("Alsace-Moselle: the Grand Est calendar names its two extra holidays, and shades them for its départements", async ({ page }) => {
  await login(page, DEMO_ACCOUNTS.adminGrandEst);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/calendrier?mois=2027-12");
  await expect(
    page.getByText("Jours fériés du mois : 25 décembre 2027 (Noël). En Moselle, Bas-Rhin et Haut-Rhin seulement : 26 décembre 2027 (Saint-Étienne)."),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("combobox", { name: "Département" }).selectOption("67");
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/departement=67/);
  await expect(page.getByText("Jours fériés du mois : 25 décembre 2027 (Noël), 26 décembre 2027 (Saint-Étienne).")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/admin/calendrier?mois=2027-03&departement=57");
  await expect(page.getByText("Jours fériés du mois : 26 mars 2027 (Vendredi saint), 29 mars 2027 (Lundi de Pâques).")).toBeVisible();
  await page.goto("/admin/calendrier?mois=2027-03&departement=54");
  await expect(page.getByText("Jours fériés du mois : 29 mars 2027 (Lundi de Pâques).", { exact: true })).toBeVisible();
});
