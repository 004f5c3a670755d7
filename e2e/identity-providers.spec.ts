import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { activityLog, identityLinkRequests, linkedIdentities, userSessions, users } from "../db/schema";
import { createUser, linkIdentity } from "../test/factories";
import { expect, expectAccessible, login, test, type E2EDatabase } from "./support/fixtures";
import { extractLink, findEmails, latestEmailTo } from "./support/mailbox";
import { registerIdentity, type TestIdentity } from "./support/oidc";
import { demoAccount, uniqueEmail } from "./support/structure-admin";

/**
 * « S'identifier avec ProConnect » and « Se connecter avec Pro Santé Connect » against real OpenID
 * Connect providers run on 127.0.0.1 by the e2e server (e2e/support/oidc-provider.ts), configured
 * like each service (docs/produit.md#identites-externes).
 */
const PROCONNECT_BUTTON = "S'identifier avec ProConnect";
const PSC_BUTTON = "Se connecter avec Pro Santé Connect";

const subject = () => `e2e-${randomBytes(6).toString("hex")}`;

/** Through the provider's login page from `link` on the current page (the provider's cookies cleared first: every sign-on logs in there). */
async function atProvider(page: Page, link: string, sub: string) {
  await page.context().clearCookies({ domain: "127.0.0.1" });
  await page.getByRole("link", { name: link }).click();
  await page.getByLabel("Identifiant").fill(sub);
  await page.getByRole("button", { name: "Valider" }).click();
}

/** From /connexion, through the provider's login page. */
async function signOn(page: Page, button: string, sub: string) {
  await page.goto("/connexion");
  await atProvider(page, button, sub);
}

/** A Pro Santé Connect identity whose email the service does not vouch for: only « Associer une identité » can link it. */
async function proSanteConnectIdentity(email = uniqueEmail("psc"), tamper?: TestIdentity["tamper"]): Promise<string> {
  const sub = subject();
  await registerIdentity("proSanteConnect", {
    sub,
    claims: { SubjectNameID: "810002909371", given_name: "Claire", family_name: "Petit", email },
    acr: "eidas1",
    tamper,
  });
  return sub;
}

const LINK_PSC = "Associer une identité Pro Santé Connect";

/** A linked ProConnect identity signs on, then « Se déconnecter » ends the session here and at the provider, back to the home page. */
async function signOnThenLogOut(page: Page, db: E2EDatabase) {
  const account = await offerer(db);
  const identity = await proconnectIdentity({ email: account.email });
  await linkIdentity(db, account.id, { subject: identity.sub });
  await signOn(page, PROCONNECT_BUTTON, identity.sub);
  await expect(page).toHaveURL(/\/espace$/);
  await page.getByRole("button", { name: "Se déconnecter" }).first().click();
  await expect(page.getByRole("heading", { name: "Déconnexion du fournisseur" })).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter du fournisseur" }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
  await page.goto("/espace");
  await expect(page).toHaveURL(/\/connexion/);
  return account;
}

async function offerer(db: E2EDatabase, values: { email?: string; frozenAt?: Date } = {}) {
  const demo = await demoAccount(db);
  return createUser(db, {
    kind: "OFFERER",
    structureId: demo.structureId!,
    passwordHash: demo.passwordHash,
    permissions: ["ADMIN"],
    email: uniqueEmail("sso"),
    ...values,
  });
}

async function proconnectIdentity(values: Partial<TestIdentity> & { email: string }): Promise<TestIdentity> {
  const identity: TestIdentity = {
    sub: values.sub ?? subject(),
    claims: { email: values.email, given_name: "Camille", usual_name: "Martin", uid: "42", siret: "13002526500013", ...values.claims },
    acr: values.acr ?? "eidas1",
    amr: values.amr ?? ["pwd"],
    tamper: values.tamper,
  };
  await registerIdentity("proconnect", identity);
  return identity;
}

test.describe("ProConnect et Pro Santé Connect (issue 17)", () => {
  test("première identification sans compte : « Aucun compte n'est associé à cette identité », et aucun compte créé", async ({ page, db }) => {
    const email = uniqueEmail("inconnu");
    const identity = await proconnectIdentity({ email });

    await page.goto("/connexion");
    await expect(page.getByRole("link", { name: PROCONNECT_BUTTON })).toBeVisible();
    await expect(page.getByRole("link", { name: PSC_BUTTON })).toBeVisible();
    await expect(page.getByRole("link", { name: "Qu'est-ce que ProConnect ?" })).toHaveAttribute("target", "_blank");
    await expectAccessible(page);

    await signOn(page, PROCONNECT_BUTTON, identity.sub);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aucun compte n'est associé à cette identité");
    await expect(page.getByRole("link", { name: "Créer un compte offreur" })).toHaveAttribute("href", "/inscription");
    await expect(page.getByText("Votre compte est créé par l'ARS de votre région")).toBeVisible();
    await expectAccessible(page);
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  test("association par lien envoyé par email : lien expiré, « Renvoyer le lien », lien réutilisé, connexion, puis « Dissocier »", async ({
    page,
    db,
    sql,
  }) => {
    // Four sign-ons and five pages checked by axe: a long scenario on a busy machine.
    test.slow();
    const account = await offerer(db);
    const identity = await proconnectIdentity({ email: account.email.toUpperCase() });

    await signOn(page, PROCONNECT_BUTTON, identity.sub);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmez par email");
    await expect(page.getByText(account.email)).toBeVisible();
    await expectAccessible(page);

    // The first link, expired (15 minutes): refused.
    const first = extractLink((await latestEmailTo(db, account.email, "identity-link")).text, "/connexion/associer/");
    await sql`update identity_link_requests set expires_at = now() - interval '1 minute' where user_id = ${account.id}`;
    await page.goto(first);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien n'est plus valide");
    await expectAccessible(page);

    // « Renvoyer le lien » from the page the sign-on ended on.
    await page.goBack();
    await page.getByRole("button", { name: "Renvoyer le lien" }).click();
    await expect(page.getByText(`Un nouveau lien a été envoyé à ${account.email}`)).toBeVisible();
    const emails = await findEmails(db, { to: account.email, template: "identity-link" });
    expect(emails).toHaveLength(2);
    const second = extractLink(emails[1]!.text, "/connexion/associer/");
    expect(second).not.toBe(first);

    // Opening the link changes nothing; the button links.
    await page.goto(second);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Associer votre identité ProConnect");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Associer mon identité ProConnect" }).click();
    await expect(page.getByText("Identité associée")).toBeVisible();

    // Used once: the same link is refused.
    await page.goto(second);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ce lien n'est plus valide");
    expect(
      (await db.select().from(identityLinkRequests).where(eq(identityLinkRequests.userId, account.id))).every(
        (row) => row.usedAt || row.expiresAt < new Date(),
      ),
    ).toBe(true);

    // The identity now opens the account, with the account's own permissions.
    await signOn(page, PROCONNECT_BUTTON, identity.sub);
    await expect(page).toHaveURL(/\/espace$/);
    await page.goto("/espace/profil");
    const table = page.getByTestId("linked-identities");
    await expect(table.getByRole("rowheader", { name: "ProConnect" })).toBeVisible();
    await expect(table).toContainText(account.email);
    await expectAccessible(page);

    await table.getByRole("button", { name: "Dissocier l'identité ProConnect" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Dissocier" }).click();
    await expect(page.getByText("Aucune identité associée.")).toBeVisible();

    // Unlinked: the same identity, in a new browser, asks for a confirmation again.
    await page.context().clearCookies();
    await signOn(page, PROCONNECT_BUTTON, identity.sub);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirmez par email");
  });

  test("un compte gelé est refusé comme avec un mot de passe", async ({ page, db }) => {
    const account = await offerer(db, { frozenAt: new Date() });
    const identity = await proconnectIdentity({ email: account.email });
    await linkIdentity(db, account.id, { subject: identity.sub });

    await signOn(page, PROCONNECT_BUTTON, identity.sub);
    await expect(page).toHaveURL(/\/connexion\?sso=gele/);
    await expect(page.getByTestId("sign-on-error")).toContainText("Votre compte est gelé");
    await expectAccessible(page);
    await page.goto("/espace");
    await expect(page).toHaveURL(/\/connexion/);
  });

  for (const tamper of ["signature", "nonce"] as const) {
    test(`un jeton d'identité falsifié (${tamper === "signature" ? "signature invalide" : "mauvais nonce"}) n'ouvre aucune session`, async ({ page, db }) => {
      const account = await offerer(db);
      const identity = await proconnectIdentity({ email: account.email, tamper });
      await linkIdentity(db, account.id, { subject: identity.sub });

      await signOn(page, PROCONNECT_BUTTON, identity.sub);
      await expect(page).toHaveURL(/\/connexion\?sso=echec/);
      await expect(page.getByTestId("sign-on-error")).toContainText("La connexion avec ProConnect n'a pas abouti");
      await expectAccessible(page);
      await page.goto("/espace");
      await expect(page).toHaveURL(/\/connexion/);
      expect(await db.select().from(userSessions).where(eq(userSessions.userId, account.id))).toEqual([]);
    });
  }

  test("« Se déconnecter » ferme aussi la session du fournisseur (déconnexion initiée par le service)", async ({ page, db }) => {
    await signOnThenLogOut(page, db);

    // The provider's session ended too: the next sign-on asks to log in there again.
    await page.getByRole("link", { name: PROCONNECT_BUTTON }).click();
    await expect(page.getByLabel("Identifiant")).toBeVisible();
  });

  test("un administrateur régional : le second facteur de ProConnect (amr « mfa ») compte pour la session", async ({ page, db }) => {
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11", email: uniqueEmail("ars") });
    const identity = await proconnectIdentity({ email: admin.email, acr: "eidas2", amr: ["pwd", "mfa"] });
    await linkIdentity(db, admin.id, { subject: identity.sub });

    await signOn(page, PROCONNECT_BUTTON, identity.sub);
    await expect(page).toHaveURL(/\/admin/);
    const [session] = await db.select().from(userSessions).where(eq(userSessions.userId, admin.id));
    expect(session).toMatchObject({ identityProvider: "PROCONNECT", remember: false });
    expect(session?.secondFactorAt).not.toBeNull();
  });

  test("un administrateur régional sans second facteur chez ProConnect passe par celui de la plateforme", async ({ page, db }) => {
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11", email: uniqueEmail("ars") });
    const identity = await proconnectIdentity({ email: admin.email, acr: "eidas1", amr: ["pwd"] });
    await linkIdentity(db, admin.id, { subject: identity.sub });

    await signOn(page, PROCONNECT_BUTTON, identity.sub);
    await expect(page).toHaveURL(/\/connexion\/double-authentification/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/connexion\/double-authentification/);
  });

  test("Pro Santé Connect : un email non vérifié par le service n'associe rien", async ({ page, db }) => {
    const account = await offerer(db);
    const sub = await proSanteConnectIdentity(account.email);
    await signOn(page, PSC_BUTTON, sub);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aucun compte n'est associé à cette identité");
    expect(await findEmails(db, { to: account.email, template: "identity-link" })).toEqual([]);
  });

  test("« Associer une identité » depuis « Mon profil » : une identité Pro Santé Connect sans email vérifié, deux fois sans effet, puis la connexion avec elle", async ({
    page,
    db,
  }) => {
    test.slow();
    const account = await offerer(db);
    const sub = await proSanteConnectIdentity();
    await login(page, account);
    await page.goto("/espace/profil");
    await expect(page.getByText("Aucune identité associée.")).toBeVisible();
    await expectAccessible(page);

    await atProvider(page, LINK_PSC, sub);
    await expect(page).toHaveURL(/\/espace\/profil\?identite=associee/);
    await expect(page.getByTestId("link-identity-result")).toContainText("Identité Pro Santé Connect associée");
    await expect(page.getByTestId("linked-identities").getByRole("rowheader", { name: "Pro Santé Connect" })).toBeVisible();
    await expectAccessible(page);

    // The same identity again: nothing changes, and the page says so.
    await atProvider(page, LINK_PSC, sub);
    await expect(page.getByTestId("link-identity-result")).toContainText("Cette identité Pro Santé Connect est déjà associée à votre compte");
    expect(await db.select().from(linkedIdentities).where(eq(linkedIdentities.userId, account.id))).toHaveLength(1);
    const lines = await db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.subjectId, account.id), eq(activityLog.action, "user.identity_linked")));
    expect(lines).toHaveLength(1);

    // It now opens the account.
    await page.getByRole("button", { name: "Se déconnecter" }).first().click();
    await expect(page).toHaveURL(/\/$/);
    await signOn(page, PSC_BUTTON, sub);
    await expect(page).toHaveURL(/\/espace$/);
  });

  test("« Associer une identité » : refusée sans session, pour l'identité d'un autre compte, et quand la session a pris fin chez la plateforme", async ({
    page,
    db,
    sql,
  }) => {
    test.slow();
    await page.goto("/api/oidc/pro-sante-connect/associer");
    await expect(page).toHaveURL(/\/connexion/);

    const owner = await offerer(db);
    const taken = await proSanteConnectIdentity();
    await linkIdentity(db, owner.id, { provider: "PRO_SANTE_CONNECT", subject: taken });
    const account = await offerer(db);
    await login(page, account);
    await page.goto("/espace/profil");
    await atProvider(page, LINK_PSC, taken);
    await expect(page.getByTestId("link-identity-result")).toContainText("Cette identité Pro Santé Connect est déjà associée à un autre compte");
    await expectAccessible(page);
    const holders = await db.select({ userId: linkedIdentities.userId }).from(linkedIdentities).where(eq(linkedIdentities.subject, taken));
    expect(holders).toEqual([{ userId: owner.id }]);

    // The flow is bound to the session it started from: logged out in between, the answer links nothing.
    const free = await proSanteConnectIdentity();
    await page.context().clearCookies({ domain: "127.0.0.1" });
    await page.getByRole("link", { name: LINK_PSC }).click();
    await sql`update user_sessions set revoked_at = now() where user_id = ${account.id}`;
    await page.getByLabel("Identifiant").fill(free);
    await page.getByRole("button", { name: "Valider" }).click();
    await expect(page).toHaveURL(/\/connexion/);
    expect(await db.select().from(linkedIdentities).where(eq(linkedIdentities.userId, account.id))).toEqual([]);
  });

  // The Pro Santé Connect stand-in signs its userinfo answers, then encrypts them to the app's public key (OIDC_DECRYPTION_KEY's pair, made for the run).
  test("Pro Santé Connect : la réponse userinfo chiffrée est déchiffrée, sa signature vérifiée, et la connexion ouvre le compte", async ({ page, db }) => {
    const account = await offerer(db);
    const sub = await proSanteConnectIdentity();
    await linkIdentity(db, account.id, { provider: "PRO_SANTE_CONNECT", subject: sub });
    await signOn(page, PSC_BUTTON, sub);
    await expect(page).toHaveURL(/\/espace$/);
    const [session] = await db.select().from(userSessions).where(eq(userSessions.userId, account.id));
    expect(session).toMatchObject({ identityProvider: "PRO_SANTE_CONNECT" });
  });

  for (const tamper of ["userinfo-key", "userinfo-signature"] as const) {
    test(`Pro Santé Connect : une réponse userinfo ${tamper === "userinfo-key" ? "chiffrée pour une autre clé" : "chiffrée mais signée par un autre"} est refusée en français`, async ({
      page,
      db,
    }) => {
      const account = await offerer(db);
      const sub = await proSanteConnectIdentity(undefined, tamper);
      await linkIdentity(db, account.id, { provider: "PRO_SANTE_CONNECT", subject: sub });
      await signOn(page, PSC_BUTTON, sub);
      await expect(page).toHaveURL(/\/connexion\?sso=echec/);
      await expect(page.getByTestId("sign-on-error")).toContainText("La connexion avec Pro Santé Connect n'a pas abouti");
      await expectAccessible(page);
      expect(await db.select().from(userSessions).where(eq(userSessions.userId, account.id))).toEqual([]);
    });
  }
});
// The CSP's `form-action 'self'` also covers where a form's answer redirects: without JavaScript, « Se déconnecter » must still reach the provider.
test.describe("sans JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("« Se déconnecter » ferme aussi la session du fournisseur", async ({ page, db }) => {
    // Through /deconnexion (same origin), which sends the browser on to the provider by itself.
    const account = await signOnThenLogOut(page, db);
    expect((await db.select().from(userSessions).where(eq(userSessions.userId, account.id))).every((session) => session.revokedAt)).toBe(true);
  });
});
