import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { identityLinkRequests, linkedIdentities, userSessions, users } from "@/db/schema";
import { createStructure, createUser, linkIdentity } from "@/test/factories";
import { findEmails } from "@/test/mailbox";
import { one } from "@/lib/core/rows";
import { confirmLink, findPendingLink, LAST_WAY_MESSAGE, LINK_TTL_MINUTES, resendLink, resolveSignOn, unlinkIdentity } from "./identities";
import { PROVIDERS, type ProviderSpec } from "./providers";
import { openIdentitySession } from "./session";

const PROCONNECT = PROVIDERS.find((p) => p.id === "PROCONNECT") as ProviderSpec;
const PSC = PROVIDERS.find((p) => p.id === "PRO_SANTE_CONNECT") as ProviderSpec;
const MINUTE = 60_000;

const identity = (email: string | null, subject = `sub-${crypto.randomUUID()}`, provider = PROCONNECT) => ({ provider, subject, email, firstName: "Camille" });

async function userCount() {
  return one(await db.select({ n: count() }).from(users)).n;
}

/** The token of the last confirmation link emailed to `to`. */
async function lastLinkToken(to: string): Promise<string> {
  const emails = await findEmails({ to, template: "identity-link" });
  const match = /\/connexion\/associer\/([A-Za-z0-9_-]{43})/.exec(emails.at(-1)?.text ?? "");
  if (!match?.[1]) throw new Error(`no link emailed to ${to}`);
  return match[1];
}

describe("signing on with a provider (docs/produit.md#identites-externes)", () => {
  it("opens the account a linked identity belongs to, whatever email the provider now gives", async () => {
    const user = await createUser(db);
    const linked = await linkIdentity(db, user.id, { subject: "pc-1" });
    const now = new Date("2026-05-01T08:00:00Z");
    expect(await resolveSignOn(identity("autre@exemple.fr", "pc-1"), now)).toEqual({ kind: "account", userId: user.id, userKind: "OFFERER" });
    const row = one(await db.select().from(linkedIdentities).where(eq(linkedIdentities.id, linked.id)));
    expect(row.lastUsedAt?.toISOString()).toBe(now.toISOString());
    // The same subject at the other service is another identity.
    expect(await resolveSignOn(identity(null, "pc-1", PSC))).toEqual({ kind: "no-account" });
  });

  it("answers « aucun compte » to an identity without a verified email or whose email is no account's, and never creates an account", async () => {
    await createUser(db);
    const before = await userCount();
    expect(await resolveSignOn(identity(null))).toEqual({ kind: "no-account" });
    expect(await resolveSignOn(identity("inconnu@exemple.fr"))).toEqual({ kind: "no-account" });
    expect(await userCount()).toBe(before);
    expect(await db.select().from(linkedIdentities).where(eq(linkedIdentities.email, "inconnu@exemple.fr"))).toEqual([]);
  });

  it("trusts a Pro Santé Connect email only when the provider says it is verified; ProConnect's always (the service checks it)", () => {
    expect(PSC.verifiedEmail({ email: "Dr.Martin@Exemple.fr" })).toBeNull();
    expect(PSC.verifiedEmail({ email: "Dr.Martin@Exemple.fr", email_verified: true })).toBe("dr.martin@exemple.fr");
    expect(PROCONNECT.verifiedEmail({ email: " Agent@ARS.sante.fr " })).toBe("agent@ars.sante.fr");
    expect(PROCONNECT.verifiedEmail({})).toBeNull();
  });

  it("counts ProConnect's second factor only from acr/amr, and never Pro Santé Connect's", () => {
    expect(PROCONNECT.usedSecondFactor({ amr: ["pwd", "mfa"] })).toBe(true);
    expect(PROCONNECT.usedSecondFactor({ acr: "https://proconnect.gouv.fr/assurance/self-asserted-2fa" })).toBe(true);
    expect(PROCONNECT.usedSecondFactor({ acr: "eidas1", amr: ["pwd"] })).toBe(false);
    expect(PROCONNECT.usedSecondFactor({ mfa: true })).toBe(false);
    expect(PSC.usedSecondFactor({ acr: "eidas3", amr: ["mfa"] })).toBe(false);
  });

  it("emails a link valid 15 minutes to the account whose email the provider verified, and links nothing before it is used", async () => {
    const user = await createUser(db, { firstName: "Inès" });
    const now = new Date("2026-05-01T08:00:00Z");
    const outcome = await resolveSignOn(identity(user.email.toUpperCase(), "pc-link"), now);
    expect(outcome).toMatchObject({ kind: "link-sent", email: user.email });
    const [email] = await findEmails({ to: user.email, template: "identity-link" });
    expect(email?.subject).toBe("Associer votre identité ProConnect à votre compte");
    expect(email?.text).toContain("Inès");
    expect(email?.text).toContain(`valable ${LINK_TTL_MINUTES} minutes`);
    const token = await lastLinkToken(user.email);
    const stored = one(await db.select().from(identityLinkRequests).where(eq(identityLinkRequests.userId, user.id)));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - now.getTime()).toBe(15 * MINUTE);
    expect(await db.select().from(linkedIdentities).where(eq(linkedIdentities.userId, user.id))).toEqual([]);
    expect(await findPendingLink(token, now)).toMatchObject({ provider: "PROCONNECT", email: user.email });
  });

  it("links on the emailed link, once: the link then dies, and the identity opens the account", async () => {
    const user = await createUser(db);
    const now = new Date("2026-05-01T08:00:00Z");
    await resolveSignOn(identity(user.email, "pc-confirm"), now);
    const token = await lastLinkToken(user.email);
    expect(await confirmLink(token, new Date(now.getTime() + 14 * MINUTE))).toEqual({ ok: true, provider: "PROCONNECT" });
    expect(await confirmLink(token, new Date(now.getTime() + 14 * MINUTE))).toEqual({ ok: false, reason: "invalid" });
    expect(await findPendingLink(token)).toBeNull();
    expect(await resolveSignOn(identity(user.email, "pc-confirm"))).toEqual({ kind: "account", userId: user.id, userKind: "OFFERER" });
  });

  it("refuses an expired link, a garbage one, and an earlier link once « Renvoyer le lien » sent a new one", async () => {
    const user = await createUser(db);
    const now = new Date("2026-05-01T08:00:00Z");
    const sent = await resolveSignOn(identity(user.email, "pc-expired"), now);
    const first = await lastLinkToken(user.email);
    expect(await confirmLink(first, new Date(now.getTime() + 15 * MINUTE))).toEqual({ ok: false, reason: "invalid" });
    for (const garbage of ["", "x", "A".repeat(43), `${first}x`]) expect(await confirmLink(garbage, now)).toEqual({ ok: false, reason: "invalid" });

    if (sent.kind !== "link-sent") throw new Error("expected a link");
    const resent = await resendLink(sent.requestId, new Date(now.getTime() + 20 * MINUTE));
    expect(resent).toMatchObject({ email: user.email });
    const second = await lastLinkToken(user.email);
    expect(second).not.toBe(first);
    expect(await confirmLink(first, new Date(now.getTime() + 21 * MINUTE))).toEqual({ ok: false, reason: "invalid" });
    expect(await confirmLink(second, new Date(now.getTime() + 21 * MINUTE))).toEqual({ ok: true, provider: "PROCONNECT" });
    // The request that was used cannot be resent.
    if (resent === "throttled" || !resent) throw new Error("expected a new request");
    expect(await resendLink(resent.requestId)).toBeNull();
  });

  it("sends at most 5 links an hour to one account", async () => {
    const user = await createUser(db);
    const now = new Date();
    for (let i = 0; i < 5; i++) expect(await resolveSignOn(identity(user.email, "pc-flood"), now)).toMatchObject({ kind: "link-sent" });
    expect(await resolveSignOn(identity(user.email, "pc-flood"), now)).toEqual({ kind: "link-throttled", email: user.email });
    expect(await findEmails({ to: user.email, template: "identity-link" })).toHaveLength(5);
  });

  it("refuses a frozen account or structure as a password login does: at sign-on, and at the link's confirmation", async () => {
    const frozenUser = await createUser(db, { frozenAt: new Date() });
    await linkIdentity(db, frozenUser.id, { subject: "pc-frozen" });
    expect(await resolveSignOn(identity(null, "pc-frozen"))).toMatchObject({ kind: "frozen", scope: "account" });
    expect(await resolveSignOn(identity(frozenUser.email))).toMatchObject({ kind: "frozen", scope: "account" });
    expect(await findEmails({ to: frozenUser.email, template: "identity-link" })).toEqual([]);

    const structure = await createStructure(db, { frozenAt: new Date() });
    const member = await createUser(db, { structureId: structure.id });
    await linkIdentity(db, member.id, { subject: "pc-frozen-structure" });
    expect(await resolveSignOn(identity(null, "pc-frozen-structure"))).toMatchObject({ kind: "frozen", scope: "structure" });

    const later = await createUser(db);
    await resolveSignOn(identity(later.email, "pc-frozen-later"));
    const token = await lastLinkToken(later.email);
    await db.update(users).set({ frozenAt: new Date() }).where(eq(users.id, later.id));
    expect(await confirmLink(token)).toEqual({ ok: false, reason: "frozen" });
    expect(await db.select().from(linkedIdentities).where(eq(linkedIdentities.userId, later.id))).toEqual([]);
  });

  it("never links one identity to two accounts", async () => {
    const owner = await createUser(db);
    await linkIdentity(db, owner.id, { subject: "pc-taken" });
    const other = await createUser(db);
    // The subject is linked to `owner`: its sign-on opens `owner`, whatever email it gives now.
    expect(await resolveSignOn(identity(other.email, "pc-taken"))).toMatchObject({ kind: "account", userId: owner.id });
    // A link emailed before the identity was taken by another account cannot steal it.
    await resolveSignOn(identity(other.email, "pc-race"));
    const token = await lastLinkToken(other.email);
    await linkIdentity(db, owner.id, { subject: "pc-race" });
    expect(await confirmLink(token)).toEqual({ ok: false, reason: "taken" });
  });

  it("unlinks one's own identity, but never the last way to log in, nor another person's", async () => {
    const withPassword = await createUser(db);
    const only = await linkIdentity(db, withPassword.id);
    await unlinkIdentity(withPassword.id, only.id);
    expect(await db.select().from(linkedIdentities).where(eq(linkedIdentities.userId, withPassword.id))).toEqual([]);

    const noPassword = await createUser(db, { passwordHash: null });
    const first = await linkIdentity(db, noPassword.id);
    await expect(unlinkIdentity(noPassword.id, first.id)).rejects.toMatchObject({ code: "CONFLICT", message: LAST_WAY_MESSAGE });
    const second = await linkIdentity(db, noPassword.id, { provider: "PRO_SANTE_CONNECT" });
    await unlinkIdentity(noPassword.id, first.id);
    await expect(unlinkIdentity(noPassword.id, second.id)).rejects.toMatchObject({ code: "CONFLICT" });

    const stranger = await createUser(db);
    await expect(unlinkIdentity(stranger.id, second.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.select().from(linkedIdentities).where(eq(linkedIdentities.id, second.id))).toHaveLength(1);
  });

  it("opens a normal session marked with its provider; a regional admin's second factor only when ProConnect's acr/amr show one", async () => {
    const headers = new Headers({
      "user-agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
    });
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN" });
    const signedIn = (claims: Record<string, unknown>) => ({ subject: "s", claims, idToken: "header.payload.signature" });

    const withMfa = (await openIdentitySession({ userId: admin.id, userKind: "REGIONAL_ADMIN" }, PROCONNECT, signedIn({ amr: ["mfa"] }), headers)).sessionId;
    const withoutMfa = (await openIdentitySession({ userId: admin.id, userKind: "REGIONAL_ADMIN" }, PROCONNECT, signedIn({ amr: ["pwd"] }), headers)).sessionId;
    const offerer = await createUser(db);
    const offererSession = (await openIdentitySession({ userId: offerer.id, userKind: "OFFERER" }, PROCONNECT, signedIn({ amr: ["mfa"] }), headers)).sessionId;

    const row = async (id: string) => one(await db.select().from(userSessions).where(eq(userSessions.id, id)));
    expect(await row(withMfa)).toMatchObject({
      identityProvider: "PROCONNECT",
      idToken: "header.payload.signature",
      remember: false,
      device: "Chrome sur Windows",
    });
    expect((await row(withMfa)).secondFactorAt).not.toBeNull();
    expect((await row(withoutMfa)).secondFactorAt).toBeNull();
    expect((await row(offererSession)).secondFactorAt).toBeNull();
  });
});
