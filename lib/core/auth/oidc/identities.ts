import "server-only";
import { and, count, eq, gt, isNull, lt, sql } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "@/db/client";
import {
  identityLinkRequests,
  institutions,
  linkedIdentities,
  structures,
  users,
  type IdentityProvider,
  type LinkedIdentity,
  type UserKind,
} from "@/db/schema";
import { appUrl } from "@/lib/core/env";
import { AppError, notFoundError } from "@/lib/core/errors";
import { atMost, consume, type LimitRule } from "@/lib/core/limits/limiter";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { hashToken, looksLikeToken, newToken } from "@/lib/core/tokens/tokens";
import type { FrozenScope } from "../authenticate";
import { recordIdentityChange, type IdentityOwner } from "./identity-activity";
import { providerName, type ProviderSpec } from "./providers";

/**
 * Which account an identity of ProConnect or Pro Santé Connect opens (docs/produit.md#identites-externes).
 * Only a linked identity (provider + subject) opens an account; an identity whose verified email is
 * an account's email is linked once the account's mailbox confirms it (an emailed link, 15 minutes,
 * single use); any other gets « Aucun compte n'est associé à cette identité ». Never an automatic
 * account, never a permission from the provider.
 */
export const LINK_TTL_MINUTES = 15;
/** How long « Renvoyer le lien » can follow a sign-on (the pending link's cookie). */
export const PENDING_LINK_SECONDS = 60 * 60;
const HOUR_MS = 60 * 60_000;

/** At most 5 confirmation emails per account and hour: « Renvoyer le lien » cannot flood a mailbox. */
const linkEmailRules = (userId: string): LimitRule[] => [{ bucket: `identity-link:${userId}`, windowMs: HOUR_MS, wait: atMost(5, HOUR_MS) }];

export type SignOnIdentity = { provider: ProviderSpec; subject: string; email: string | null; firstName: string | null };

export type SignOnOutcome =
  | { kind: "account"; userId: string; userKind: UserKind }
  | { kind: "frozen"; scope: FrozenScope; regionCode: string | null }
  | { kind: "link-sent"; requestId: string; email: string }
  | { kind: "link-throttled"; email: string }
  | { kind: "no-account" };

const accountColumns = {
  id: users.id,
  kind: users.kind,
  email: users.email,
  firstName: users.firstName,
  lastName: users.lastName,
  structureId: users.structureId,
  frozenAt: users.frozenAt,
  deletedAt: users.deletedAt,
  structureFrozenAt: structures.frozenAt,
  regionCode: sql<string | null>`coalesce(${users.regionCode}, ${structures.regionCode}, ${institutions.regionCode})`,
};

type Account = {
  id: string;
  kind: UserKind;
  email: string;
  firstName: string;
  lastName: string;
  structureId: string | null;
  frozenAt: Date | null;
  structureFrozenAt: Date | null;
  regionCode: string | null;
};

function frozenOutcome(account: Account): SignOnOutcome | null {
  if (!account.frozenAt && !account.structureFrozenAt) return null;
  return { kind: "frozen", scope: account.frozenAt ? "account" : "structure", regionCode: account.regionCode };
}

/** Decides what a checked sign-on opens; sends the confirmation email when the identity can be linked by its email. */
export async function resolveSignOn(identity: SignOnIdentity, now: Date = new Date()): Promise<SignOnOutcome> {
  const [linked] = await db
    .select({ ...accountColumns, identityId: linkedIdentities.id })
    .from(linkedIdentities)
    .innerJoin(users, eq(users.id, linkedIdentities.userId))
    .leftJoin(structures, eq(structures.id, users.structureId))
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(and(eq(linkedIdentities.provider, identity.provider.id), eq(linkedIdentities.subject, identity.subject), isNull(users.deletedAt)))
    .limit(1);
  if (linked) {
    const frozen = frozenOutcome(linked);
    if (frozen) return frozen;
    await db.update(linkedIdentities).set({ lastUsedAt: now }).where(eq(linkedIdentities.id, linked.identityId));
    await db.update(users).set({ lastLoginAt: now, inactiveSince: null }).where(eq(users.id, linked.id));
    return { kind: "account", userId: linked.id, userKind: linked.kind };
  }

  const email = identity.email?.trim().toLowerCase();
  if (!email) return { kind: "no-account" };
  const [account] = await db
    .select(accountColumns)
    .from(users)
    .leftJoin(structures, eq(structures.id, users.structureId))
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(and(eq(sql`lower(${users.email})`, email), isNull(users.deletedAt)))
    .limit(1);
  if (!account) return { kind: "no-account" };
  const frozen = frozenOutcome(account);
  if (frozen) return frozen;
  const request = await requestLink(
    { userId: account.id, firstName: account.firstName, email: account.email, provider: identity.provider.id, subject: identity.subject },
    now,
  );
  return request ? { kind: "link-sent", requestId: request.requestId, email: account.email } : { kind: "link-throttled", email: account.email };
}

type LinkTarget = { userId: string; firstName: string; email: string; provider: IdentityProvider; subject: string };

/**
 * Issues a confirmation link for `target` and queues its email, in one transaction; the account's
 * earlier unused links for the same service stop working. Null when the hourly limit is reached.
 */
async function requestLink(target: LinkTarget, now: Date): Promise<{ requestId: string; token: string } | null> {
  return db.transaction(async (tx) => {
    if (!(await consume(linkEmailRules(target.userId), now, tx)).ok) return null;
    await tx
      .delete(identityLinkRequests)
      .where(and(eq(identityLinkRequests.userId, target.userId), eq(identityLinkRequests.provider, target.provider), isNull(identityLinkRequests.usedAt)));
    const token = newToken();
    const [row] = await tx
      .insert(identityLinkRequests)
      .values({ ...target, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + LINK_TTL_MINUTES * 60_000), createdAt: now })
      .returning({ id: identityLinkRequests.id });
    await enqueueEmail(tx, {
      template: "identity-link",
      to: target.email,
      props: {
        firstName: target.firstName,
        providerName: providerName(target.provider),
        confirmUrl: appUrl(`/connexion/associer/${token}`),
        expiresInMinutes: LINK_TTL_MINUTES,
      },
    });
    return { requestId: row!.id, token };
  });
}

/**
 * « Renvoyer le lien »: a new link for the same identity and account (the browser keeps the request's
 * id in an httpOnly cookie; nothing here comes from a form). Null for an unknown or used request.
 */
export async function resendLink(requestId: string, now: Date = new Date()): Promise<{ requestId: string; email: string } | "throttled" | null> {
  const [request] = await db
    .select({
      userId: identityLinkRequests.userId,
      provider: identityLinkRequests.provider,
      subject: identityLinkRequests.subject,
      firstName: users.firstName,
      email: users.email,
    })
    .from(identityLinkRequests)
    .innerJoin(users, eq(users.id, identityLinkRequests.userId))
    .where(and(eq(identityLinkRequests.id, requestId), isNull(identityLinkRequests.usedAt), isNull(users.deletedAt), isNull(users.frozenAt)))
    .limit(1);
  if (!request) return null;
  const issued = await requestLink(request, now);
  return issued ? { requestId: issued.requestId, email: request.email } : "throttled";
}

export type PendingLink = { provider: IdentityProvider; email: string; expiresAt: Date };

function validRequest(token: unknown, now: Date) {
  if (!looksLikeToken(token)) return null;
  return and(eq(identityLinkRequests.tokenHash, hashToken(token)), isNull(identityLinkRequests.usedAt), gt(identityLinkRequests.expiresAt, now));
}

/** The link behind an emailed token, if unused and unexpired (to render the confirmation page). */
export async function findPendingLink(token: string, now: Date = new Date()): Promise<PendingLink | null> {
  const where = validRequest(token, now);
  if (!where) return null;
  const [row] = await db
    .select({ provider: identityLinkRequests.provider, email: users.email, expiresAt: identityLinkRequests.expiresAt })
    .from(identityLinkRequests)
    .innerJoin(users, eq(users.id, identityLinkRequests.userId))
    .where(where)
    .limit(1);
  return row ?? null;
}

export type LinkConfirmation = { ok: true; provider: IdentityProvider } | { ok: false; reason: "invalid" | "frozen" | "taken" };

/**
 * « Associer mon identité »: uses the token (one UPDATE, so two clicks cannot both succeed) and links
 * the identity, in one transaction. Refused for a frozen account or structure, and when the identity
 * is already linked to another account.
 */
export async function confirmLink(token: string, now: Date = new Date()): Promise<LinkConfirmation> {
  const where = validRequest(token, now);
  if (!where) return { ok: false, reason: "invalid" };
  return db.transaction(async (tx) => {
    const [request] = await tx.update(identityLinkRequests).set({ usedAt: now }).where(where).returning();
    if (!request) return { ok: false, reason: "invalid" } as const;
    const [account] = await tx
      .select(accountColumns)
      .from(users)
      .leftJoin(structures, eq(structures.id, users.structureId))
      .leftJoin(institutions, eq(institutions.id, users.institutionId))
      .where(eq(users.id, request.userId))
      .limit(1);
    if (!account || account.deletedAt) return { ok: false, reason: "invalid" } as const;
    if (frozenOutcome(account)) return { ok: false, reason: "frozen" } as const;
    const attached = await attachIdentity(tx, account, request, now);
    if (attached === "taken") return { ok: false, reason: "taken" } as const;
    return { ok: true, provider: request.provider } as const;
  });
}

/**
 * Links provider + subject to `account` and records it, in the caller's transaction: « taken » when the
 * identity is another account's, « already » (nothing written) when it is this account's.
 */
export async function attachIdentity(
  tx: Tx,
  account: IdentityOwner,
  identity: { provider: IdentityProvider; subject: string; email: string | null },
  now: Date,
): Promise<"linked" | "already" | "taken"> {
  const holder = async () => {
    const [row] = await tx
      .select({ userId: linkedIdentities.userId })
      .from(linkedIdentities)
      .where(and(eq(linkedIdentities.provider, identity.provider), eq(linkedIdentities.subject, identity.subject)))
      .limit(1);
    return row ? (row.userId === account.id ? "already" : "taken") : null;
  };
  const existing = await holder();
  if (existing) return existing;
  // Two confirmations at once: the unique index keeps one; the other then finds who holds it.
  const inserted = await tx
    .insert(linkedIdentities)
    .values({ userId: account.id, provider: identity.provider, subject: identity.subject, email: identity.email, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: linkedIdentities.id });
  if (inserted.length === 0) return (await holder()) ?? "taken";
  await recordIdentityChange(tx, account, { kind: "linked", ...identity }, now);
  return "linked";
}

export type ProfileLinkOutcome = "linked" | "already" | "taken" | "refused";

/**
 * « Associer une identité » from « Mon profil »: the identity the logged-in person just signed on
 * with at the provider is linked to their account, without email (the session is the proof; a Pro
 * Santé Connect identity without a verified email links this way). Refused for a frozen or deleted account.
 */
export async function linkToAccount(
  userId: string,
  identity: { provider: IdentityProvider; subject: string; email: string | null },
  now: Date = new Date(),
): Promise<ProfileLinkOutcome> {
  return db.transaction(async (tx) => {
    const [account] = await tx
      .select(accountColumns)
      .from(users)
      .leftJoin(structures, eq(structures.id, users.structureId))
      .leftJoin(institutions, eq(institutions.id, users.institutionId))
      .where(eq(users.id, userId))
      .for("update", { of: users })
      .limit(1);
    if (!account || account.deletedAt || frozenOutcome(account)) return "refused";
    return attachIdentity(tx, account, identity, now);
  });
}

/** « Mon profil » — « Identités associées »: the person's own, oldest first. */
export async function listLinkedIdentities(userId: string): Promise<LinkedIdentity[]> {
  return db.select().from(linkedIdentities).where(eq(linkedIdentities.userId, userId)).orderBy(linkedIdentities.createdAt);
}

export const LAST_WAY_MESSAGE =
  "Cette identité est votre seul moyen de connexion : choisissez d'abord un mot de passe (« Mot de passe oublié ? » sur la page de connexion) avant de la dissocier.";

/** « Dissocier »: one of the person's own identities (another person's: not found), never the last way to log in. */
export async function unlinkIdentity(userId: string, identityId: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx: Tx) => {
    const [user] = await tx
      .select({ ...accountColumns, passwordHash: users.passwordHash })
      .from(users)
      .leftJoin(structures, eq(structures.id, users.structureId))
      .leftJoin(institutions, eq(institutions.id, users.institutionId))
      .where(eq(users.id, userId))
      .for("update", { of: users })
      .limit(1);
    const [identity] = await tx
      .select({ id: linkedIdentities.id, provider: linkedIdentities.provider, subject: linkedIdentities.subject })
      .from(linkedIdentities)
      .where(and(eq(linkedIdentities.id, identityId), eq(linkedIdentities.userId, userId)))
      .limit(1);
    if (!user || !identity) throw notFoundError("Cette identité");
    const [{ linked } = { linked: 0 }] = await tx.select({ linked: count() }).from(linkedIdentities).where(eq(linkedIdentities.userId, userId));
    if (!user.passwordHash && linked <= 1) throw new AppError("CONFLICT", LAST_WAY_MESSAGE);
    await tx.delete(linkedIdentities).where(eq(linkedIdentities.id, identityId));
    await recordIdentityChange(tx, user, { kind: "unlinked", provider: identity.provider, subject: identity.subject }, now);
  });
}

/**
 * The scheduled job's sweep: a link request is of no use an hour after it expired (« Renvoyer le lien »
 * reads it while the browser's pending cookie lives, PENDING_LINK_SECONDS), used or not. The flow of a
 * sign-on (state, nonce, verifier) lives in a cookie only: nothing else of it is stored.
 */
export async function pruneLinkRequests(now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - PENDING_LINK_SECONDS * 1000);
  const pruned = await db.delete(identityLinkRequests).where(lt(identityLinkRequests.expiresAt, cutoff)).returning({ id: identityLinkRequests.id });
  return pruned.length;
}

/** A deleted account keeps no identity and no pending link (lib/users/accounts.ts eraseAccount). */
export async function forgetIdentities(tx: DbOrTx, userId: string): Promise<void> {
  await tx.delete(linkedIdentities).where(eq(linkedIdentities.userId, userId));
  await tx.delete(identityLinkRequests).where(eq(identityLinkRequests.userId, userId));
}
