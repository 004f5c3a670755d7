import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { TERMS_MESSAGE } from "@/lib/passwords/schemas";
import { createInstitution, createStructure, createUser } from "@/test/factories";
import { one } from "@/lib/core/rows";
import { actAs, databaseState, setSession } from "@/test/session";
import { CURRENT_TERMS_VERSION } from "./terms";

const NOW = "2026-03-02T09:00:00.000Z";
vi.useFakeTimers({ now: new Date(NOW), toFake: ["Date"] });

const { getCurrentUser } = await import("@/lib/core/auth/session");
const { acceptTermsAction, updateProfileAction } = await import("./actions");
const { createOfferAction } = await import("@/lib/offers/actions");
const { createPeriodAction } = await import("@/lib/availability/actions");
const { addReferenceItemAction } = await import("@/lib/references/actions");

/**
 * When the CGU change (CURRENT_TERMS_VERSION, lib/users/terms.ts), everyone accepts them again at their next visit
 * (docs/produit.md#comptes-et-securite): a user whose accepted version is older is refused every action but the
 * acceptance, which records the version and the date; pages send them to /cgu/accepter (requireUser).
 */
type AnyAction = (input: never) => Promise<{ ok: boolean; code?: string }>;
const OLDER = CURRENT_TERMS_VERSION - 1;

async function terms(userId: string) {
  return one(await db.select({ version: users.termsVersion, at: users.termsAcceptedAt }).from(users).where(eq(users.id, userId)));
}

describe("the CGU in force, accepted again when they change", () => {
  it("an older accepted version: the session says so, and every other action is refused with nothing written", async () => {
    const offerer = await createUser(db, { structureId: (await createStructure(db)).id, permissions: ["ADMIN", "GESTIONNAIRE"], termsVersion: OLDER });
    const institutionUser = await createUser(db, { kind: "INSTITUTION", institutionId: (await createInstitution(db)).id, termsVersion: OLDER });
    const regionalAdmin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11", termsVersion: null });
    const cases: [typeof offerer, AnyAction][] = [
      [offerer, createOfferAction as AnyAction],
      [offerer, updateProfileAction as AnyAction],
      [institutionUser, createPeriodAction as AnyAction],
      [regionalAdmin, addReferenceItemAction as AnyAction],
    ];
    const before = await databaseState();
    for (const [user, action] of cases) {
      await actAs(user.id);
      expect((await getCurrentUser())?.mustAcceptTerms).toBe(true);
      expect(await action({} as never)).toMatchObject({ ok: false, code: "TERMS_ACCEPTANCE_REQUIRED", message: expect.stringContaining("conditions") });
    }
    expect(await databaseState()).toEqual(before);
  });

  it("the box unticked: a French message next to it, nothing recorded; ticked: the version in force and the date recorded, then home", async () => {
    const user = await createUser(db, { structureId: (await createStructure(db)).id, permissions: ["GESTIONNAIRE"], termsVersion: OLDER });
    const before = await terms(user.id);
    await actAs(user.id);
    for (const acceptTerms of [false, undefined, "off"])
      expect(await acceptTermsAction({ acceptTerms } as never)).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { acceptTerms: [TERMS_MESSAGE] } });
    expect(await terms(user.id)).toEqual(before);

    await expect(acceptTermsAction({ acceptTerms: "on" })).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT;replace;/espace") });
    expect(await terms(user.id)).toEqual({ version: CURRENT_TERMS_VERSION, at: new Date(NOW) });
    expect((await getCurrentUser())?.mustAcceptTerms).toBe(false);
    expect(await createOfferAction({ name: "Nutrition au collège" } as never)).not.toMatchObject({ code: "TERMS_ACCEPTANCE_REQUIRED" });
  });

  it("logged out: the acceptance is refused (it only ever records the caller's own account)", async () => {
    setSession(null);
    expect(await acceptTermsAction({ acceptTerms: true })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("a user who accepted the version in force is never asked", async () => {
    const user = await createUser(db, { structureId: (await createStructure(db)).id });
    await actAs(user.id);
    expect((await getCurrentUser())?.mustAcceptTerms).toBe(false);
  });
});
