import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { linkedIdentities, users } from "@/db/schema";
import { createUser, linkIdentity } from "@/test/factories";
import { findEmails } from "@/test/mailbox";
import { actAs, setSession } from "@/test/session";
import { CURRENT_TERMS_VERSION } from "@/lib/users/terms";

// The browser's cookies of a request: the pending link « Renvoyer le lien » reads.
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string | { name: string }) => void jar.delete(typeof name === "string" ? name : name.name),
  }),
}));
vi.stubEnv("AUTH_SECRET", "integration-auth-secret-0123456789");

const actions = await import("./actions");
const { resolveSignOn } = await import("./identities");
const { PROVIDERS } = await import("./providers");
const { redeemTicket, sessionTicket } = await import("./session");
const { keepPendingLink } = await import("./cookies");
type ActionName = keyof typeof actions;

const PROCONNECT = PROVIDERS[0]!;

async function pendingLinkFor(email: string) {
  const outcome = await resolveSignOn({ provider: PROCONNECT, subject: `sub-${crypto.randomUUID()}`, email, firstName: null });
  if (outcome.kind !== "link-sent") throw new Error("expected a link");
  await keepPendingLink({ requestId: outcome.requestId, email: outcome.email, provider: "PROCONNECT" });
  const text = (await findEmails({ to: email, template: "identity-link" })).at(-1)?.text ?? "";
  return /\/connexion\/associer\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;
}

beforeEach(() => {
  jar.clear();
  setSession(null);
});

/**
 * Every action of lib/core/auth/oidc/actions.ts, with the paths that must be refused
 * (docs/produit.md#identites-externes). An exported action without an entry here fails the suite.
 */
const COVERED: Record<ActionName, string> = {
  unlinkIdentityAction: "« Dissocier » : sa propre identité seulement, jamais le dernier moyen de connexion ; connecté et non gelé",
  confirmLinkAction: "« Associer mon identité » : le jeton du courriel est la seule preuve, utilisable une fois",
  resendLinkAction: "« Renvoyer le lien » : la demande nommée par le cookie du navigateur, jamais par le formulaire",
};

describe("authorisation of the linked identities' actions", () => {
  it("covers every exported action", () => {
    expect(Object.keys(actions).sort()).toEqual(Object.keys(COVERED).sort());
  });

  it("« Dissocier »: one's own identity; another person's is not found, a logged-out or frozen caller is refused", async () => {
    const owner = await createUser(db);
    const identity = await linkIdentity(db, owner.id);
    const stranger = await createUser(db);

    expect(await actions.unlinkIdentityAction({ identityId: identity.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await actAs(stranger.id);
    expect(await actions.unlinkIdentityAction({ identityId: identity.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await actions.unlinkIdentityAction({ identityId: "pas-un-id" })).toMatchObject({ ok: false, fieldErrors: { identityId: ["Identité introuvable"] } });

    await actAs(owner.id);
    await db.update(users).set({ frozenAt: new Date() }).where(eq(users.id, owner.id));
    expect(await actions.unlinkIdentityAction({ identityId: identity.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.select().from(linkedIdentities).where(eq(linkedIdentities.id, identity.id))).toHaveLength(1);

    await db.update(users).set({ frozenAt: null }).where(eq(users.id, owner.id));
    await actAs(owner.id);
    expect(await actions.unlinkIdentityAction({ identityId: identity.id })).toEqual({ ok: true, data: null });
    expect(await db.select().from(linkedIdentities).where(eq(linkedIdentities.id, identity.id))).toEqual([]);
  });

  it("« Dissocier » refuses the last way to log in of an account without a password", async () => {
    // Activated through the identity: no password, the CGU accepted.
    const owner = await createUser(db, { passwordHash: null, termsVersion: CURRENT_TERMS_VERSION, termsAcceptedAt: new Date() });
    const identity = await linkIdentity(db, owner.id);
    await actAs(owner.id);
    expect(await actions.unlinkIdentityAction({ identityId: identity.id })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("« Associer mon identité »: the emailed token links once, even for a logged-out visitor; anything else is refused", async () => {
    const user = await createUser(db);
    const token = await pendingLinkFor(user.email);
    expect(await actions.confirmLinkAction({ token: "A".repeat(43) })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await actions.confirmLinkAction({ token })).toEqual({ ok: true, data: { providerName: "ProConnect" } });
    expect(await actions.confirmLinkAction({ token })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.select().from(linkedIdentities).where(eq(linkedIdentities.userId, user.id))).toHaveLength(1);
  });

  it("« Associer mon identité » refuses a frozen account", async () => {
    const user = await createUser(db);
    const token = await pendingLinkFor(user.email);
    await db.update(users).set({ frozenAt: new Date() }).where(eq(users.id, user.id));
    expect(await actions.confirmLinkAction({ token })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("« Renvoyer le lien »: only with this browser's pending request; a forged id in the form changes nothing", async () => {
    expect(await actions.resendLinkAction({})).toMatchObject({ ok: false, code: "INVALID" });
    const user = await createUser(db);
    await pendingLinkFor(user.email);
    const forged: unknown = { requestId: crypto.randomUUID() };
    expect(await (actions.resendLinkAction as (input: unknown) => ReturnType<typeof actions.resendLinkAction>)(forged)).toEqual({
      ok: true,
      data: { email: user.email },
    });
    expect(await findEmails({ to: user.email, template: "identity-link" })).toHaveLength(2);
  });

  it("Auth.js's ticket: only ours, fresh, and for a session still open", async () => {
    const user = await createUser(db);
    const session = await actAs(user.id);
    const now = new Date();
    const ticket = sessionTicket(session.sessionId!, now);
    expect(await redeemTicket(ticket, now)).toEqual({ userId: user.id, sessionId: session.sessionId });
    expect(await redeemTicket(ticket, new Date(now.getTime() + 61_000))).toBeNull();
    const [id, issuedAt] = ticket.split(".");
    expect(await redeemTicket(`${id}.${Number(issuedAt) + 1}.${ticket.split(".")[2]}`, now)).toBeNull();
    expect(await redeemTicket(`${crypto.randomUUID()}.${issuedAt}.${ticket.split(".")[2]}`, now)).toBeNull();
    expect(await redeemTicket(session.sessionId, now)).toBeNull();
  });
});
