import "server-only";
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { and, eq, gt, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { passkeys, webauthnChallenges } from "@/db/schema";
import { env } from "@/lib/core/env";
import { AppError } from "@/lib/core/errors";

/**
 * Passkeys (WebAuthn, docs/produit.md#double-authentification): registered from « Mon profil », they
 * answer the login's second step or, alone, log in without a password. The relying party is the
 * host of APP_URL; a browser on another origin cannot use them.
 */
const CHALLENGE_TTL_MS = 5 * 60 * 1000;

export function relyingParty(): { id: string; origin: string; name: string } {
  const url = new URL(env().APP_URL);
  return { id: url.hostname, origin: url.origin, name: env().WEBAUTHN_RP_NAME };
}

export const PASSKEY_REFUSED_MESSAGE = "Cette clé d'accès n'a pas été reconnue. Réessayez, ou connectez-vous avec votre mot de passe.";

async function issueChallenge(challenge: string, userId: string | null, now: Date): Promise<string> {
  // Old challenges go with each new one: the table never grows beyond the logins under way.
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, now));
  const [row] = await db
    .insert(webauthnChallenges)
    .values({ challenge, userId, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) })
    .returning({ id: webauthnChallenges.id });
  return row!.id;
}

/** Takes a challenge once: an answer cannot be replayed, nor answer a challenge issued to someone else. */
async function takeChallenge(id: string, userId: string | null, now: Date): Promise<string> {
  const [row] = await db
    .delete(webauthnChallenges)
    .where(and(eq(webauthnChallenges.id, id), gt(webauthnChallenges.expiresAt, now)))
    .returning();
  if (!row || row.userId !== userId) throw new AppError("INVALID", PASSKEY_REFUSED_MESSAGE);
  return row.challenge;
}

function parseResponse<T>(json: string): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    throw new AppError("INVALID", PASSKEY_REFUSED_MESSAGE);
  }
}

export async function passkeyRegistrationOptions(
  user: { id: string; email: string; displayName: string },
  now: Date = new Date(),
): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const rp = relyingParty();
  const existing = await db.select({ id: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, user.id));
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.displayName,
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((key) => ({ id: key.id, transports: key.transports ?? undefined })),
    // A discoverable credential: the login without password finds the account from the key itself.
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  return { challengeId: await issueChallenge(options.challenge, user.id, now), options };
}

export async function registerPasskey(userId: string, challengeId: string, responseJson: string, name: string, now: Date = new Date()): Promise<void> {
  const rp = relyingParty();
  const expectedChallenge = await takeChallenge(challengeId, userId, now);
  const verification = await verifyRegistrationResponse({
    response: parseResponse<RegistrationResponseJSON>(responseJson),
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: false,
  }).catch(() => null);
  if (!verification?.verified) throw new AppError("INVALID", "La clé d'accès n'a pas été enregistrée : réessayez.");
  const { credential } = verification.registrationInfo;
  await db.insert(passkeys).values({
    userId,
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey),
    counter: credential.counter,
    transports: credential.transports ?? null,
    name,
    createdAt: now,
  });
}

/** For the second step, the account's keys; for a login without password, any key of the site (the browser offers its own). */
export async function passkeyAuthenticationOptions(
  userId: string | null,
  now: Date = new Date(),
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const rp = relyingParty();
  const keys = userId ? await db.select({ id: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, userId)) : [];
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    allowCredentials: keys.map((key) => ({ id: key.id, transports: key.transports ?? undefined })),
    userVerification: userId ? "preferred" : "required",
  });
  return { challengeId: await issueChallenge(options.challenge, userId, now), options };
}

/**
 * Checks a key's answer and returns the account it belongs to. `userId`: the second step of that
 * account (its own keys only); null: a login without password, where the key must also have
 * verified the person (PIN, fingerprint), since it stands for both factors.
 */
export async function verifyPasskey(challengeId: string, responseJson: string, userId: string | null, now: Date = new Date()): Promise<string> {
  const rp = relyingParty();
  const expectedChallenge = await takeChallenge(challengeId, userId, now);
  const response = parseResponse<AuthenticationResponseJSON>(responseJson);
  const [key] = typeof response?.id === "string" ? await db.select().from(passkeys).where(eq(passkeys.credentialId, response.id)) : [];
  if (!key || (userId && key.userId !== userId)) throw new AppError("INVALID", PASSKEY_REFUSED_MESSAGE);
  const verification = await verifyAuthenticationResponse({
    response,
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: {
      id: key.credentialId,
      publicKey: new Uint8Array(key.publicKey),
      counter: key.counter,
      transports: key.transports ?? undefined,
    },
    requireUserVerification: userId === null,
  }).catch(() => null);
  if (!verification?.verified) throw new AppError("INVALID", PASSKEY_REFUSED_MESSAGE);
  await db.update(passkeys).set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: now }).where(eq(passkeys.id, key.id));
  return key.userId;
}

export async function deletePasskey(userId: string, passkeyId: string): Promise<void> {
  const deleted = await db
    .delete(passkeys)
    .where(and(eq(passkeys.id, passkeyId), eq(passkeys.userId, userId)))
    .returning({ id: passkeys.id });
  if (deleted.length === 0) throw new AppError("NOT_FOUND", "Cette clé d'accès n'existe pas ou a déjà été supprimée.");
}
