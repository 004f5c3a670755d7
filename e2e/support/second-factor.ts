import { readFileSync } from "node:fs";
import { hash } from "@node-rs/argon2";
import type { Page } from "@playwright/test";
import { generate } from "otplib";
import postgres from "postgres";
import { newRecoveryCode, normaliseRecoveryCode } from "../../lib/core/auth/second-factor/recovery-codes";
import { E2E } from "./config";

/**
 * The second step of the login for specs that are not about it (docs/produit.md#double-authentification):
 * every regional admin has one. The demo's admins start without: the first login of the run meets
 * the real enrolment, scans nothing but reads the secret shown as text, and answers with a code of it.
 * Later logins answer with a recovery code this helper adds to the account in the e2e database:
 * a code of the app is good once per 30-second step, and many specs log in as the same admin at
 * once. e2e/second-factor.spec.ts tests the codes of the app themselves.
 */
let sql: ReturnType<typeof postgres> | undefined;
function database() {
  const { databaseUrl } = JSON.parse(readFileSync(E2E.connectionFile, "utf8")) as { databaseUrl: string };
  sql ??= postgres(databaseUrl, { max: 1, idle_timeout: 5, onnotice: () => {} });
  return sql;
}

/** A code of the app at this instant, for a base32 secret (spaces ignored). */
export function totpCode(secret: string, at: Date = new Date()): Promise<string> {
  return generate({ secret: secret.replace(/\s/g, ""), epoch: Math.floor(at.getTime() / 1000) });
}

/** Adds one recovery code to the account (stored hashed, as the app does) and returns it in clear. */
export async function addRecoveryCode(email: string): Promise<string> {
  const code = newRecoveryCode();
  const codeHash = await hash(normaliseRecoveryCode(code)!);
  await database()`insert into recovery_codes (user_id, code_hash) select id, ${codeHash} from users where lower(email) = lower(${email})`;
  return code;
}

/** On « Activer la double authentification »: the secret read as text, a code of it, the recovery codes kept, « continuer ». */
export async function enrolFromPage(page: Page): Promise<string> {
  const secret = (await page.getByTestId("totp-secret").textContent()) ?? "";
  await page.getByRole("textbox", { name: "Code à 6 chiffres" }).fill(await totpCode(secret));
  await page.getByRole("button", { name: "Activer" }).click();
  return secret;
}

async function leftConnexion(page: Page, from: string): Promise<void> {
  await page.waitForURL((url) => url.pathname !== from);
}

/** After the password: answers the second step if the account has one, or enrols if it must. */
export async function passSecondStep(page: Page, email: string): Promise<void> {
  const path = new URL(page.url()).pathname;
  if (path === "/connexion/double-authentification") {
    await enrolFromPage(page);
    const kept = page.getByRole("link", { name: "J'ai gardé mes codes, continuer" });
    // Two workers enrolling one demo admin at once: one wins, the other answers the step as everyone else.
    await kept.or(page.getByRole("main").getByRole("alert")).first().waitFor();
    if (await kept.isVisible()) {
      await kept.click();
      await leftConnexion(page, path);
      return;
    }
    await page.goto("/connexion/verification");
  } else if (path !== "/connexion/verification") {
    return;
  }
  await page.getByRole("textbox", { name: "Code de vérification" }).fill(await addRecoveryCode(email));
  await page.getByRole("button", { name: "Valider" }).click();
  await leftConnexion(page, "/connexion/verification");
}
