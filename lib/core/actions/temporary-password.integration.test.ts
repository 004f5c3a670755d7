import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { createInstitution, createStructure, createUser, TEST_PASSWORD } from "@/test/factories";
import { actAs, databaseState } from "@/test/session";
import { one } from "@/lib/core/rows";

const { createOfferAction } = await import("@/lib/offers/actions");
const { updateStructureAction } = await import("@/lib/structures/actions");
const { createUserAction, updateProfileAction, changeOwnPasswordAction } = await import("@/lib/users/actions");
const { createPeriodAction } = await import("@/lib/availability/actions");
const { acceptSignupAction } = await import("@/lib/signups/actions");
const { addReferenceItemAction } = await import("@/lib/references/actions");
const { changeTemporaryPasswordAction } = await import("@/lib/passwords/actions");

/**
 * A first login with a temporary password forces a new password before anything else (docs/produit.md#comptes-et-securite).
 * Pages send such a user to « Nouveau mot de passe » (requireUser); an action posted directly (its
 * id is in the page's JavaScript) is refused by defineAction, whatever the user's rights, and
 * writes nothing. The one action left open is the one that replaces the password.
 */
type AnyAction = (input: never) => Promise<{ ok: boolean; code?: string }>;
const NEW_PASSWORD = "Quatre saisons au jardin de Metz";

describe("a user who must still replace a temporary password", () => {
  it("is refused every other action, offerer, institution or regional admin, and nothing is written", async () => {
    const structure = await createStructure(db);
    const offerer = await createUser(db, {
      structureId: structure.id,
      permissions: ["ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"],
      mustChangePassword: true,
    });
    const institutionUser = await createUser(db, { kind: "INSTITUTION", institutionId: (await createInstitution(db)).id, mustChangePassword: true });
    const regionalAdmin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11", mustChangePassword: true });
    const cases: [typeof offerer, AnyAction][] = [
      [offerer, createOfferAction as AnyAction],
      [offerer, updateStructureAction as AnyAction],
      [offerer, createUserAction as AnyAction],
      [offerer, updateProfileAction as AnyAction],
      [offerer, changeOwnPasswordAction as AnyAction],
      [institutionUser, createPeriodAction as AnyAction],
      [regionalAdmin, acceptSignupAction as AnyAction],
      [regionalAdmin, addReferenceItemAction as AnyAction],
    ];
    const before = await databaseState();
    for (const [user, action] of cases) {
      await actAs(user.id);
      // The input does not matter: the refusal comes before it is read.
      expect(await action({} as never)).toMatchObject({
        ok: false,
        code: "PASSWORD_CHANGE_REQUIRED",
        message: expect.stringContaining("nouveau mot de passe"),
      });
    }
    expect(await databaseState()).toEqual(before);
  });

  it("may replace it, and only that", async () => {
    const user = await createUser(db, { structureId: (await createStructure(db)).id, permissions: ["GESTIONNAIRE"], mustChangePassword: true });
    await actAs(user.id);
    // Success ends in a redirect to the user's home, which Next carries as an exception.
    await expect(
      changeTemporaryPasswordAction({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD, acceptTerms: true }),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
    const after = one(await db.select({ mustChangePassword: users.mustChangePassword }).from(users).where(eq(users.id, user.id)));
    expect(after.mustChangePassword).toBe(false);
  });
});
