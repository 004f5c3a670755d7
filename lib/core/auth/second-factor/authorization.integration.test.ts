import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { passkeys, userTotp, users } from "@/db/schema";
import { eq } from "drizzle-orm";
import { createStructure, createUser } from "@/test/factories";
import { actAs, databaseState, setSession } from "@/test/session";

// The WebAuthn challenge's id travels in a cookie: a jar per test file, outside any Next request.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
}));

const secondFactorActions = await import("./actions");
const passkeyActions = await import("./passkey-actions");
const actions = { ...secondFactorActions, ...passkeyActions };

/**
 * Every second-factor action (docs/produit.md#double-authentification) × the callers it must refuse:
 * logged out, a frozen account, a session still at its second-factor step (the password only), a
 * structure ADMIN for the région's reset, someone else's key. Refused → the expected code, and not
 * one row changed (sessions, limiter counts and WebAuthn challenges aside: logging in and asking are not changes).
 */
type Caller = "anonymous" | "frozen" | "pending" | "structureAdmin" | "otherUsersKey";
type Case = { action: keyof typeof actions; input: Record<string, unknown>; refused: Partial<Record<Caller, string>> };

const anyKey = { response: JSON.stringify({ id: "cle-inconnue", rawId: "cle-inconnue", type: "public-key", response: {} }) };
const out = { anonymous: "UNAUTHENTICATED", frozen: "UNAUTHENTICATED" };
const wholeOnly = { ...out, pending: "UNAUTHENTICATED" };

const CASES: Case[] = [
  { action: "verifySecondFactorAction", input: { code: "123456" }, refused: out },
  { action: "confirmTotpEnrolmentAction", input: { code: "123456" }, refused: { ...out, pending: "FORBIDDEN" } },
  { action: "regenerateRecoveryCodesAction", input: {}, refused: wholeOnly },
  { action: "disableTotpAction", input: { currentPassword: "Un-mot-de-passe-de-test-solide" }, refused: wholeOnly },
  { action: "resetSecondFactorAction", input: { userId: "TARGET" }, refused: { ...wholeOnly, structureAdmin: "FORBIDDEN" } },
  { action: "passkeyRegistrationOptionsAction", input: {}, refused: wholeOnly },
  { action: "registerPasskeyAction", input: anyKey, refused: wholeOnly },
  { action: "deletePasskeyAction", input: { passkeyId: "OTHER_KEY" }, refused: { ...wholeOnly, otherUsersKey: "NOT_FOUND" } },
  { action: "passkeySecondFactorOptionsAction", input: {}, refused: out },
  { action: "verifyPasskeySecondFactorAction", input: anyKey, refused: { ...out, otherUsersKey: "INVALID" } },
  // Open to anyone (the login page): a key answer without a challenge of this browser, or naming someone else's key, opens nothing.
  { action: "passkeyLoginOptionsAction", input: {}, refused: {} },
  { action: "passkeyLoginAction", input: anyKey, refused: { anonymous: "INVALID", otherUsersKey: "INVALID" } },
];

async function world() {
  const structure = await createStructure(db, { regionCode: "11" });
  const member = await createUser(db, { structureId: structure.id, permissions: ["GESTIONNAIRE"] });
  await db.insert(userTotp).values({ userId: member.id, secret: "JBSWY3DPEHPK3PXP", confirmedAt: new Date() });
  const structureAdmin = await createUser(db, { structureId: structure.id, permissions: ["ADMIN"] });
  const frozen = await createUser(db, { structureId: structure.id, permissions: ["ADMIN"] });
  await db.update(users).set({ frozenAt: new Date() }).where(eq(users.id, frozen.id));
  const owner = await createUser(db, { structureId: structure.id, permissions: ["GESTIONNAIRE"] });
  const [key] = await db
    .insert(passkeys)
    .values({ userId: owner.id, credentialId: `cred-${owner.id}`, publicKey: Buffer.from([1, 2, 3]), name: "Clé" })
    .returning();
  return { member, structureAdmin, frozen, owner, key: key! };
}

const unchanged = async () => (await databaseState()).filter((row) => !row.startsWith("limit_events:") && !row.startsWith("webauthn_challenges:"));

describe("the second factor's actions refuse every caller they must", () => {
  it("covers every exported action", () => {
    expect(CASES.map((c) => c.action).sort()).toEqual(Object.keys(actions).sort());
  });

  it("refuses logged-out, frozen, pending, structure ADMIN and someone else's key, writing nothing", async () => {
    const w = await world();
    const before = await unchanged();
    for (const { action, input, refused } of CASES) {
      for (const [caller, code] of Object.entries(refused) as [Caller, string][]) {
        jar.clear();
        if (caller === "anonymous") setSession(null);
        if (caller === "frozen") await actAs(w.frozen.id);
        if (caller === "pending") await actAs(w.member.id, { secondFactor: "pending" });
        if (caller === "structureAdmin") await actAs(w.structureAdmin.id);
        if (caller === "otherUsersKey") await actAs(w.member.id, { secondFactor: action === "verifyPasskeySecondFactorAction" ? "pending" : "passed" });
        // A challenge really issued to this browser, so that the refusal is the key's, not the missing challenge's.
        if (caller === "otherUsersKey" && action === "verifyPasskeySecondFactorAction") await actions.passkeySecondFactorOptionsAction({});
        if (caller === "otherUsersKey" && action === "passkeyLoginAction") await actions.passkeyLoginOptionsAction({});
        const resolved = Object.fromEntries(
          Object.entries(input).map(([name, value]) => [name, value === "TARGET" ? w.member.id : value === "OTHER_KEY" ? w.key.id : value]),
        );
        const given =
          caller === "otherUsersKey" && "response" in input
            ? { response: JSON.stringify({ id: w.key.credentialId, rawId: w.key.credentialId, type: "public-key", response: {} }) }
            : resolved;
        const run = actions[action] as (input: unknown) => Promise<{ ok: boolean; code?: string }>;
        expect({ action, caller, result: await run(given) }).toMatchObject({ action, caller, result: { ok: false, code } });
      }
    }
    expect(await unchanged()).toEqual(before);
  });
});
