import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { limitEvents, outbox, structures, users, userTokens } from "@/db/schema";
import { authenticate } from "@/lib/core/auth/authenticate";
import { loginBuckets } from "@/lib/core/auth/throttle-policy";
import { verifyPassword } from "@/lib/core/auth/password-hash";
import { AppError } from "@/lib/core/errors";
import { issueToken } from "@/lib/core/tokens/tokens";
import { rowsContaining } from "@/test/database-dump";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { actAs, openSessionIds } from "@/test/session";
import { extractLink, findEmails, latestEmailTo } from "@/test/mailbox";
import { CURRENT_PASSWORD_MESSAGE, INVALID_LINK_MESSAGE, TERMS_MESSAGE } from "./schemas";
import { changeTemporaryPassword, getTokenHolder, MAX_LINKS_PER_HOUR, requestPasswordLink, setPasswordWithToken } from "./service";
import { one } from "@/lib/core/rows";

const NEW_PASSWORD = "Trois pommes vertes à Nancy";
const HOUR = 60 * 60_000;

function tokenOf(link: string): string {
  return new URL(link).pathname.split("/").pop()!;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("« Mot de passe oublié ? »", () => {
  it("sends a 2 h single-use link that sets the password, ends other sessions and clears throttling", async () => {
    const user = await createUser(db);
    const { sessionId: elsewhere } = await actAs(user.id);
    await Promise.all(Array.from({ length: 8 }, () => authenticate({ email: user.email, password: "mauvais" }, "10.9.0.1")));
    expect(await requestPasswordLink(user.email.toUpperCase())).toBe("reset");

    const email = await latestEmailTo(user.email, "password-reset");
    const link = extractLink(email.text, "/mot-de-passe-oublie/");
    expect(email.text).not.toContain(TEST_PASSWORD);
    const token = tokenOf(link);
    expect(await getTokenHolder(token, "PASSWORD_RESET")).toMatchObject({ userId: user.id, email: user.email, context: { isRegionalAdmin: false } });

    await setPasswordWithToken({ token, password: NEW_PASSWORD, confirmation: NEW_PASSWORD }, "PASSWORD_RESET");
    const after = one(await db.select().from(users).where(eq(users.id, user.id)));
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await openSessionIds(user.id)).not.toContain(elsewhere);
    expect(
      await db
        .select({ total: count() })
        .from(limitEvents)
        .where(eq(limitEvents.bucket, loginBuckets.account(user.email))),
    ).toEqual([{ total: 0 }]);
    expect(await authenticate({ email: user.email, password: NEW_PASSWORD }, "10.9.0.1")).toMatchObject({ ok: true });

    // Reused: refused, and the password stays the new one.
    const reused = await failure(
      setPasswordWithToken({ token, password: "Un tout autre mot de passe", confirmation: "Un tout autre mot de passe" }, "PASSWORD_RESET"),
    );
    expect(reused.message).toBe(INVALID_LINK_MESSAGE);
    expect(await rowsContaining(NEW_PASSWORD)).toEqual([]);
  });

  it("answers the same for an unknown address and queues nothing", async () => {
    const before = await db.select({ total: count() }).from(outbox);
    expect(await requestPasswordLink("personne@nulle-part.test")).toBe("nothing");
    expect(await db.select({ total: count() }).from(outbox)).toEqual(before);
  });

  it("sends nothing to a frozen account or to the user of a frozen structure", async () => {
    const frozen = await createUser(db, { frozenAt: new Date() });
    const ofFrozen = await createUser(db);
    await db.update(structures).set({ frozenAt: new Date() }).where(eq(structures.id, ofFrozen.structureId!));
    expect(await requestPasswordLink(frozen.email)).toBe("nothing");
    expect(await requestPasswordLink(ofFrozen.email)).toBe("nothing");
    expect(await findEmails({ to: frozen.email })).toEqual([]);
  });

  it("refuses an expired link (after 2 h)", async () => {
    const user = await createUser(db);
    const issuedAt = new Date(Date.now() - 2 * HOUR - 1000);
    const token = await issueToken(db, user.id, "PASSWORD_RESET", 2, issuedAt);
    expect(await getTokenHolder(token, "PASSWORD_RESET")).toBeNull();
    expect((await failure(setPasswordWithToken({ token, password: NEW_PASSWORD, confirmation: NEW_PASSWORD }, "PASSWORD_RESET"))).message).toBe(
      INVALID_LINK_MESSAGE,
    );
  });

  it("gives a new activation link (with the CGU) to an account that never chose a password", async () => {
    const user = await createUser(db, { passwordHash: null });
    expect(await requestPasswordLink(user.email)).toBe("activation");
    const link = extractLink((await latestEmailTo(user.email, "account-activation")).text, "/activation/");
    const token = tokenOf(link);
    const noTerms = await failure(setPasswordWithToken({ token, password: NEW_PASSWORD, confirmation: NEW_PASSWORD }, "ACTIVATION"));
    expect(noTerms.fieldErrors?.acceptTerms).toEqual([TERMS_MESSAGE]);
    await setPasswordWithToken({ token, password: NEW_PASSWORD, confirmation: NEW_PASSWORD, acceptTerms: "on" }, "ACTIVATION");
    const after = one(await db.select().from(users).where(eq(users.id, user.id)));
    expect(after.termsAcceptedAt).not.toBeNull();
  });

  it("sends at most a few links an hour to one account", async () => {
    const user = await createUser(db);
    const answers = [];
    for (let i = 0; i <= MAX_LINKS_PER_HOUR; i++) answers.push(await requestPasswordLink(user.email));
    expect(answers.filter((a) => a === "reset")).toHaveLength(MAX_LINKS_PER_HOUR);
    expect(answers.at(-1)).toBe("nothing");
    expect(await requestPasswordLink(user.email, new Date(Date.now() + HOUR + 1000))).toBe("reset");
  });

  it("sends exactly three links for eight parallel requests (issue 14, finding 3)", async () => {
    const user = await createUser(db);
    const answers = await Promise.all(Array.from({ length: 8 }, () => requestPasswordLink(user.email)));
    expect(answers.filter((a) => a === "reset")).toHaveLength(MAX_LINKS_PER_HOUR);
    expect(await findEmails({ to: user.email, template: "password-reset" })).toHaveLength(MAX_LINKS_PER_HOUR);
  });

  it("applies the rules of the account: 16 characters and no email for a regional admin", async () => {
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    const token = await issueToken(db, admin.id, "PASSWORD_RESET", 2);
    const short = await failure(setPasswordWithToken({ token, password: "Quinze caractèr", confirmation: "Quinze caractèr" }, "PASSWORD_RESET"));
    expect(short.fieldErrors?.password).toEqual(["Le mot de passe doit comporter au moins 16 caractères"]);
    const mismatch = await failure(setPasswordWithToken({ token, password: NEW_PASSWORD + "!!", confirmation: NEW_PASSWORD }, "PASSWORD_RESET"));
    expect(mismatch.fieldErrors?.confirmation).toEqual(["Les deux mots de passe ne correspondent pas"]);
    // A refused attempt does not use the link.
    expect(await db.select({ usedAt: userTokens.usedAt }).from(userTokens).where(eq(userTokens.userId, admin.id))).toEqual([{ usedAt: null }]);
  });
});

describe("« Nouveau mot de passe » after a temporary password", () => {
  it("needs the temporary password, a new acceptable one, then clears the flag and ends other sessions", async () => {
    const user = await createUser(db, { mustChangePassword: true });
    expect(
      (await failure(changeTemporaryPassword(user.id, { currentPassword: "pas celui-là", password: NEW_PASSWORD, confirmation: NEW_PASSWORD }))).fieldErrors
        ?.currentPassword,
    ).toEqual([CURRENT_PASSWORD_MESSAGE]);
    expect(
      (await failure(changeTemporaryPassword(user.id, { currentPassword: TEST_PASSWORD, password: "azerty123456", confirmation: "azerty123456" }))).fieldErrors
        ?.password,
    ).toHaveLength(1);
    expect(
      (await failure(changeTemporaryPassword(user.id, { currentPassword: TEST_PASSWORD, password: TEST_PASSWORD, confirmation: TEST_PASSWORD }))).fieldErrors
        ?.password,
    ).toHaveLength(1);

    const { sessionId: elsewhere } = await actAs(user.id);
    const { sessionId: here } = await actAs(user.id);
    await changeTemporaryPassword(
      user.id,
      { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD, acceptTerms: "on" },
      new Date(),
      { keepSession: here },
    );
    const after = one(await db.select().from(users).where(eq(users.id, user.id)));
    expect(after).toMatchObject({ mustChangePassword: false });
    expect(await openSessionIds(user.id)).toEqual([here]);
    expect(elsewhere).not.toBe(here);
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
  });
});
