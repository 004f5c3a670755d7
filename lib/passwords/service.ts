import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { institutions, structures, users, type TokenPurpose } from "@/db/schema";
import { clearLoginFailures } from "@/lib/core/auth/throttle";
import { formatWait, growingDelayMs } from "@/lib/core/auth/throttle-policy";
import { atMost, consume, release, type LimitRule } from "@/lib/core/limits/limiter";
import { hashPassword, verifyPassword } from "@/lib/core/auth/password-hash";
import { appUrl } from "@/lib/core/env";
import { AppError, fieldError } from "@/lib/core/errors";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { ACTIVATION_TTL_HOURS, consumeToken, findValidToken, issueToken, PASSWORD_RESET_TTL_HOURS, revokeTokens } from "@/lib/core/tokens/tokens";
import type { PasswordContext } from "@/lib/core/validation/password";
import { choosePasswordSchema, CURRENT_PASSWORD_MESSAGE, INVALID_LINK_MESSAGE, SAME_PASSWORD_MESSAGE } from "./schemas";
import { HOUR_MS } from "@/lib/core/dates/durations";
import { CURRENT_TERMS_VERSION, mustAcceptTerms } from "@/lib/users/terms";
import { revokeUserSessions } from "@/lib/core/auth/sessions/store";

/** Links asked for one account in an hour, beyond which « Mot de passe oublié ? » silently sends nothing. */
export const MAX_LINKS_PER_HOUR = 3;
const passwordLinkRules = (userId: string): LimitRule[] => [
  { bucket: `password-link:${userId}`, windowMs: HOUR_MS, wait: atMost(MAX_LINKS_PER_HOUR, HOUR_MS) },
];

/**
 * « Mot de passe oublié ? » per client address (issue 14, finding 3): each request costs a rendered
 * email for a known address, and a script could otherwise send reset emails to a whole list of
 * addresses. Counted for every request, whatever the address typed, so the limit tells nothing about
 * which addresses have an account; 20 an hour leaves room for a school's office behind one address.
 */
export const PASSWORD_LINK_REQUESTS_PER_ADDRESS_PER_HOUR = 20;
export const LINK_REQUESTS_THROTTLED_MESSAGE =
  "Plusieurs demandes de lien viennent d'être faites depuis votre connexion : merci de patienter une heure avant d'en faire une nouvelle. Les liens déjà demandés ont bien été envoyés.";
export const passwordLinkAddressRules = (address: string): LimitRule[] => [
  { bucket: `password-link:address:${address}`, windowMs: HOUR_MS, wait: atMost(PASSWORD_LINK_REQUESTS_PER_ADDRESS_PER_HOUR, HOUR_MS) },
];

/**
 * The current password typed to change it (« Mon profil », « Nouveau mot de passe »): a stolen
 * session must not become a password oracle. The login's growing delay, per account: 5 tries, then
 * 2 s, 4 s… up to 15 min; a right password gives its try back.
 */
const currentPasswordRules = (userId: string): LimitRule[] => [{ bucket: `current-password:${userId}`, windowMs: HOUR_MS, wait: growingDelayMs }];

/**
 * The current password typed to confirm a change (a new password, turning the second factor off):
 * throttled per account, a field error on « currentPassword » when wrong.
 */
export async function checkCurrentPassword(userId: string, passwordHash: string, password: string, now: Date): Promise<void> {
  // Counted before the check, so that parallel tries cannot outrun the count.
  const attempt = await consume(currentPasswordRules(userId), now);
  if (!attempt.ok) throw fieldError("currentPassword", `Trop de tentatives : réessayez dans ${formatWait(Math.max(attempt.retryInMs, 1000))}.`);
  if (!(await verifyPassword(passwordHash, password))) throw fieldError("currentPassword", CURRENT_PASSWORD_MESSAGE);
  await release(attempt.eventIds);
}

/** The account a link leads to, for the page that shows the form (no details beyond what it needs). */
export type TokenHolder = { userId: string; email: string; firstName: string; context: PasswordContext };

async function accountFor(userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      firstName: users.firstName,
      kind: users.kind,
      frozenAt: users.frozenAt,
      structureFrozenAt: structures.frozenAt,
    })
    .from(users)
    .leftJoin(structures, eq(structures.id, users.structureId))
    .where(eq(users.id, userId))
    .limit(1);
  return row && !row.frozenAt && !row.structureFrozenAt ? row : null;
}

function contextOf(account: { email: string; kind: string }): PasswordContext {
  return { email: account.email, isRegionalAdmin: account.kind === "REGIONAL_ADMIN" };
}

/** Null for an unknown, used or expired link, and for a frozen account (it could not log in anyway). */
export async function getTokenHolder(token: string, purpose: TokenPurpose, now: Date = new Date()): Promise<TokenHolder | null> {
  const valid = await findValidToken(db, token, purpose, now);
  const account = valid && (await accountFor(valid.userId));
  if (!account) return null;
  return { userId: account.id, email: account.email, firstName: account.firstName, context: contextOf(account) };
}

/**
 * Activation (first password and CGU) or reset: checks the rules for this account, then in one
 * transaction uses the link, sets the password, ends every open session of the account and
 * voids the account's other links. Throttling never blocks a reset: the failures are cleared.
 * Returns the email, to log the user in with the new password.
 */
export async function setPasswordWithToken(
  input: { token: string; password: string; confirmation: string; acceptTerms?: unknown },
  purpose: TokenPurpose,
  now: Date = new Date(),
): Promise<{ email: string }> {
  const holder = await getTokenHolder(input.token, purpose, now);
  if (!holder) throw new AppError("NOT_FOUND", INVALID_LINK_MESSAGE);
  const parsed = choosePasswordSchema(holder.context, { requireTerms: purpose === "ACTIVATION" }).safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const passwordHash = await hashPassword(parsed.data.password);

  await db.transaction(async (tx) => {
    const used = await consumeToken(tx, input.token, purpose, now);
    // Used by a concurrent request between the check above and now.
    if (!used || used.userId !== holder.userId) throw new AppError("NOT_FOUND", INVALID_LINK_MESSAGE);
    await tx
      .update(users)
      .set(newPassword(passwordHash, now, purpose === "ACTIVATION"))
      .where(eq(users.id, holder.userId));
    await revokeUserSessions(tx, holder.userId, now);
    await revokeTokens(tx, holder.userId, now);
  });
  await clearLoginFailures(holder.email);
  return { email: holder.email };
}

/**
 * « Mot de passe oublié ? » and « recevoir un nouveau lien »: the caller always answers the same
 * sentence. An account that never chose a password gets a new activation link (with the CGU), the
 * others a 2 h reset link; a frozen account, an unknown address or a fourth request within the
 * hour gets nothing. Returns what was done, for tests only — never shown.
 */
export async function requestPasswordLink(email: string, now: Date = new Date()): Promise<"activation" | "reset" | "nothing"> {
  const [account] = await db
    .select({
      id: users.id,
      email: users.email,
      firstName: users.firstName,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
      frozenAt: users.frozenAt,
      structureName: structures.name,
      structureFrozenAt: structures.frozenAt,
      institutionName: institutions.name,
      regionCode: sql<string | null>`coalesce(${users.regionCode}, ${structures.regionCode}, ${institutions.regionCode})`,
    })
    .from(users)
    .leftJoin(structures, eq(structures.id, users.structureId))
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  if (!account || account.frozenAt || account.structureFrozenAt) return "nothing";
  const purpose: TokenPurpose = account.hasPassword ? "PASSWORD_RESET" : "ACTIVATION";

  return db.transaction(async (tx) => {
    // Counted in this transaction by the limiter: parallel requests cannot all pass the hourly cap.
    if (!(await consume(passwordLinkRules(account.id), now, tx)).ok) return "nothing";
    if (purpose === "ACTIVATION") {
      const token = await issueToken(tx, account.id, "ACTIVATION", ACTIVATION_TTL_HOURS, now);
      await enqueueEmail(tx, {
        template: "account-activation",
        to: account.email,
        props: {
          firstName: account.firstName,
          structureName: account.structureName ?? account.institutionName ?? "Agence régionale de santé",
          activationUrl: appUrl(`/activation/${token}`),
          expiresInHours: ACTIVATION_TTL_HOURS,
        },
        regionCode: account.regionCode,
      });
      return "activation";
    }
    const token = await issueToken(tx, account.id, "PASSWORD_RESET", PASSWORD_RESET_TTL_HOURS, now);
    await enqueueEmail(tx, {
      template: "password-reset",
      to: account.email,
      props: { firstName: account.firstName, resetUrl: appUrl(`/mot-de-passe-oublie/${token}`), expiresInHours: PASSWORD_RESET_TTL_HOURS },
      regionCode: account.regionCode,
    });
    return "reset";
  });
}

/**
 * Whether « Nouveau mot de passe » must also ask for the CGU: a user created with a temporary
 * password has never accepted them (or accepted an older version).
 */
export async function termsToAccept(userId: string): Promise<boolean> {
  const [account] = await db.select({ termsVersion: users.termsVersion }).from(users).where(eq(users.id, userId)).limit(1);
  return account ? mustAcceptTerms(account.termsVersion) : false;
}

/**
 * « Nouveau mot de passe » after a temporary one set by an ADMIN (docs/produit.md#comptes-et-securite): the temporary password
 * must be typed again, the new one must follow the rules and differ, and the CGU in force accepted
 * if they were not (version and date recorded, as at activation); the flag is cleared and every other
 * session of the person ends (`keepSession`, the one that typed the change, stays open). Returns the email.
 */
export async function changeTemporaryPassword(
  userId: string,
  input: { currentPassword: string; password: string; confirmation: string; acceptTerms?: unknown },
  now: Date = new Date(),
  /** « Mon profil » reuses this change of password; the CGU are accepted at first login, not there. */
  { withTerms = true, keepSession = null }: { withTerms?: boolean; keepSession?: string | null } = {},
): Promise<{ email: string }> {
  const [account] = await db
    .select({ id: users.id, email: users.email, kind: users.kind, passwordHash: users.passwordHash, termsVersion: users.termsVersion })
    .from(users)
    .where(and(eq(users.id, userId)))
    .limit(1);
  if (!account?.passwordHash) throw new AppError("UNAUTHENTICATED", "Votre session a expiré : reconnectez-vous.");
  await checkCurrentPassword(account.id, account.passwordHash, input.currentPassword, now);
  const requireTerms = withTerms && mustAcceptTerms(account.termsVersion);
  const parsed = choosePasswordSchema(contextOf(account), { requireTerms }).safeParse(input);
  // Every refusal at once: the same password as before is said even when the CGU box is unticked.
  const same = input.password === input.currentPassword ? [{ path: ["password"], message: SAME_PASSWORD_MESSAGE }] : [];
  if (!parsed.success) throw invalid([...parsed.error.issues.filter((issue) => !(same.length > 0 && issue.path[0] === "password")), ...same]);
  if (same.length > 0) throw invalid(same);

  const passwordHash = await hashPassword(parsed.data.password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set(newPassword(passwordHash, now, requireTerms))
      .where(eq(users.id, account.id));
    await revokeUserSessions(tx, account.id, now, keepSession ? { except: keepSession } : {});
  });
  return { email: account.email };
}

/** A chosen password ends the temporary one; with the CGU box ticked, it records the version accepted. */
function newPassword(passwordHash: string, now: Date, acceptsTerms: boolean) {
  return { passwordHash, mustChangePassword: false, updatedAt: now, ...(acceptsTerms ? { termsAcceptedAt: now, termsVersion: CURRENT_TERMS_VERSION } : {}) };
}

function invalid(issues: { path: PropertyKey[]; message: string }[]): AppError {
  const fields: Record<string, string[]> = {};
  for (const issue of issues) (fields[issue.path.map(String).join(".") || "_form"] ??= []).push(issue.message);
  return new AppError("INVALID", "Le formulaire contient des erreurs : corrigez les champs signalés.", fields);
}
