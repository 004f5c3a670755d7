import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "../../db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount } from "../../db/seed/demo-accounts";
import { E2E } from "./config";
import { passSecondStep } from "./second-factor";

type Sql = ReturnType<typeof postgres>;
/** The e2e database through drizzle, as the app sees it (same schema, same column casing): what test/factories.ts writes with. */
export type E2EDatabase = ReturnType<typeof connect>;

function connect(sql: Sql) {
  return drizzle(sql, { schema, casing: "snake_case" });
}

/** axe with the WCAG 2.0 / 2.1 A and AA rules, on the page as it is now. */
export async function expectAccessible(page: Page) {
  // A dynamic page's <title> streams in with its metadata, possibly just after the content a test waited for.
  await expect.poll(() => page.title()).not.toBe("");
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  // axe's default run opens a helper page, which never opens while a sandboxed iframe is on the page
  // (a rendered email in /admin/courriels): such pages run in legacy mode, the frame itself (its
  // title) checked but not its inside, which cannot run scripts by design.
  if ((await page.locator("iframe[sandbox]").count()) > 0) builder = builder.setLegacyMode(true).options({ iframes: false });
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
  expect(summary, `Accessibility violations on ${page.url()}`).toEqual([]);
}

/** The password step alone (e2e/second-factor.spec.ts meets the second step itself). */
export async function enterPassword(page: Page, account: DemoAccount | { email: string }, password = DEMO_PASSWORD) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse email").fill(account.email);
  // By role: the label text also holds the required-field asterisk, which the accessible name leaves out.
  await page.getByRole("textbox", { name: "Mot de passe", exact: true }).fill(password);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
}

/**
 * Logs in, second step included when the account has one (every regional admin: e2e/support/second-factor.ts),
 * so that specs land where they expect. A refused login stays on « Connexion » with its alert.
 */
export async function login(page: Page, account: DemoAccount | { email: string }, password = DEMO_PASSWORD) {
  await enterPassword(page, account, password);
  await Promise.race([
    page.waitForURL((url) => url.pathname !== "/connexion").catch(() => {}),
    // In <main>: Next's route announcer is an alert too.
    page
      .getByRole("main")
      .getByRole("alert")
      .first()
      .waitFor()
      .catch(() => {}),
  ]);
  await passSecondStep(page, account.email);
}

export const test = base.extend<{ sql: Sql; db: E2EDatabase; contentSecurityPolicy: void }>({
  // Every test fails on a Content-Security-Policy violation the browser reports, on any page or frame
  // it visited, in its own context or one it opened (issue 14, finding 7; docs/decisions/0007-politique-de-securite-du-contenu.md).
  contentSecurityPolicy: [
    async ({ context, browser }, provide) => {
      const violations: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on("console", (message) => {
          if (message.type() === "error" && message.text().includes("Content Security Policy")) violations.push(`${message.page()?.url()}: ${message.text()}`);
        });
      watch(context);
      const newContext = browser.newContext;
      browser.newContext = async (...options) => {
        const opened = await newContext.apply(browser, options);
        watch(opened);
        return opened;
      };
      await provide();
      browser.newContext = newContext;
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  // Direct access to the e2e database: plain SQL for the odd read or update a spec makes.
  // Playwright reads a fixture's dependencies from its first parameter's pattern: here, none.
  sql: async ({}, provide) => {
    const { databaseUrl } = JSON.parse(readFileSync(E2E.connectionFile, "utf8")) as { databaseUrl: string };
    const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
    await provide(sql);
    await sql.end();
  },
  // The same connection typed by the schema: the factories of test/factories.ts and the mailbox.
  db: async ({ sql }, provide) => {
    await provide(connect(sql));
  },
});

export { expect, DEMO_ACCOUNTS, DEMO_PASSWORD };
