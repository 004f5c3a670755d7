import { desc, eq } from "drizzle-orm";
import { outbox } from "../db/schema";
import { DEMO_ACCOUNTS, expect, expectAccessible, login, test } from "./support/fixtures";
import { one } from "../lib/core/rows";

/** Issue 16, point 17: the ARS's screens at 1280 × 800, where these were seen. */
test.describe("Écrans de l'ARS (issue 16)", () => {
  test.describe.configure({ timeout: 120_000 });

  test("« Courriels » montre un message en entier, « Demandes » garde une colonne de valeurs lisible, le mois du calendrier s'explique", async ({
    page,
    db,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await login(page, DEMO_ACCOUNTS.adminIdf);
    await expect(page).toHaveURL(/\/admin$/);

    // The email preview is as tall as the email: nothing to scroll inside it, nothing cut off.
    const email = one(await db.select({ id: outbox.id }).from(outbox).where(eq(outbox.regionCode, "11")).orderBy(desc(outbox.id)).limit(1));
    await page.goto(`/admin/courriels/${email.id}`);
    const frame = page.getByTestId("email-frame");
    await expect(frame).toBeVisible();
    await expect
      .poll(async () => frame.evaluate((el: HTMLIFrameElement) => (el.contentDocument?.documentElement.scrollHeight ?? 0) <= el.clientHeight + 2))
      .toBe(true);
    await expectAccessible(page);

    // « Demandes »: beside a two-column card, each value keeps the card's width rather than a narrow column.
    await page.goto("/admin/demandes");
    const value = page.getByRole("definition").first();
    await expect(value).toBeVisible();
    expect((await value.boundingBox())!.width).toBeGreaterThan(300);
    await expectAccessible(page);

    // The month control's hint says what the control shows.
    await page.goto("/admin/calendrier");
    await expect(page.getByText("Par exemple : mars 2027")).toBeVisible();
    await expect(page.getByText("Format : AAAA-MM")).toHaveCount(0);
    await expectAccessible(page);
  });
});
