import { availabilityPeriods } from "../db/schema";
import { createInstitution, createUser, referenceId } from "../test/factories";
import { uniqueWord } from "./support/catalogue";
import { expect, expectAccessible, test } from "./support/fixtures";
import { expectWithinPhoneWidth, openPhone } from "./support/phone";
import { demoAccount, uniqueEmail } from "./support/structure-admin";

/** Issue 16, points 13 and 15: a university's « Disponibilités » on a phone (360 × 740). */
test("« Disponibilités » : des cartes sur un téléphone, et « Chevauche » seulement au sein d'une même promotion", async ({ browser, db }) => {
  const word = uniqueWord();
  const institution = await createInstitution(db, { name: `Faculté ${word}`, departmentCode: "93" });
  const email = uniqueEmail("universite");
  await createUser(db, {
    kind: "INSTITUTION",
    email,
    firstName: "Yasmine",
    lastName: "Benali",
    passwordHash: (await demoAccount(db)).passwordHash,
    institutionId: institution.id,
    lastLoginAt: new Date(),
  });
  const medicine = await referenceId(db, "DISCIPLINE", "Médecine");
  // Groups A, B and C of one year go out at once (normal); group A was also declared twice (flagged).
  const period = (promotion: string, startDate: string, endDate: string) => ({
    institutionId: institution.id,
    regionCode: "11",
    disciplineId: medicine,
    promotion,
    studentCount: 20,
    startDate,
    endDate,
    departmentCodes: ["93"],
  });
  await db
    .insert(availabilityPeriods)
    .values([
      period("DFGSM3 – groupe A", "2027-02-01", "2027-02-26"),
      period("DFGSM3 – groupe B", "2027-02-01", "2027-02-26"),
      period("DFGSM3 – groupe C", "2027-02-08", "2027-03-05"),
      period("DFGSM3 – groupe A (copie)", "2027-02-15", "2027-03-12"),
    ]);

  const { context, page } = await openPhone(browser, { email });
  await expect(page).toHaveURL(/\/espace\/disponibilites$/);
  const table = page.getByRole("table", { name: /Périodes déclarées \(4\)/ });
  await expect(table).toBeVisible();

  // 15: only group A's two periods warn, each about the other.
  const warnings = page.getByTestId("overlap-warning");
  await expect(warnings).toHaveCount(2);
  for (const text of await warnings.allTextContents()) expect(text).toMatch(/groupe A/);
  await expect(page.getByRole("row", { name: /groupe B/ }).getByTestId("overlap-warning")).toHaveCount(0);

  // 13: each period a card: « Période » on one line, « Modifier » on screen, nothing to scroll sideways.
  const region = page.getByRole("region", { name: /Périodes déclarées/ });
  expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  // The cell holds its column's name on a line of its own, then the dates on one line, not one word per line.
  const dates = page.getByRole("row", { name: /groupe B/ }).getByRole("cell", { name: "Période du 1er février 2027 au 26 février 2027", exact: true });
  const box = (await dates.boundingBox())!;
  expect(box.height).toBeLessThan(60);
  await expectWithinPhoneWidth(page.getByRole("link", { name: /^Modifier/ }).first());
  await expectAccessible(page);
  await context.close();
});
