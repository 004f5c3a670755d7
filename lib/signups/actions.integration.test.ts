import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { signupRequests } from "@/db/schema";
import { sirenFrom } from "@/db/seed/siren";
import { createInstitution, createStructure, createUser, referenceId } from "@/test/factories";
import { actAs, databaseState, setSession } from "@/test/session";
import { signupRequestSchema } from "./schemas";
import { storedSignup } from "@/test/signups";

const { acceptSignupAction, refuseSignupAction } = await import("./actions");
const logoRoute = await import("@/app/admin/demandes/[id]/logo/route");

/**
 * « Demandes d'inscription » through the actions' real door: only the admins of the request's
 * région decide; everybody else is refused and not one row changes (a whole-database dump).
 */
async function pendingRequest(): Promise<string> {
  const values = signupRequestSchema.parse({
    offererTypeId: String(await referenceId(db, "OFFERER_TYPE", "Association")),
    name: `Les Jardins partagés ${randomInt(1e9)}`,
    siren: sirenFrom(String(randomInt(10_000_000, 100_000_000))),
    street: "3 rue Victor-Hugo",
    postalCode: "93200",
    communeCode: "93066",
    communeName: "Saint-Denis",
    legalRepCivility: "Monsieur",
    legalRepLastName: "Durand",
    legalRepFirstName: "Paul",
    legalRepFunction: "Président",
    description: "Ateliers de prévention au jardin.",
    firstName: "Paul",
    lastName: "Durand",
    jobTitle: "Président",
    email: `paul.${randomInt(1e9)}@jardins.test`,
    phone: "01 02 03 04 05",
  });
  const png = { name: "logo.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]) };
  return storedSignup(values, png);
}

// Île-de-France is served (it has an admin to read the requests): sign-ups from there are taken.
beforeAll(async () => {
  await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
});

describe("accepting or refusing a sign-up request", () => {
  it("is refused to visitors, offerers, institutions and another région's admin, changing nothing", async () => {
    const requestId = await pendingRequest();
    const offerer = await createUser(db, { structureId: (await createStructure(db)).id, permissions: ["ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"] });
    const institutionUser = await createUser(db, { kind: "INSTITUTION", institutionId: (await createInstitution(db)).id });
    const grandEst = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
    const before = await databaseState();
    const callers: [string | null, string][] = [
      [null, "UNAUTHENTICATED"],
      [offerer.id, "FORBIDDEN"],
      [institutionUser.id, "FORBIDDEN"],
      [grandEst.id, "NOT_FOUND"],
    ];
    for (const [userId, code] of callers) {
      if (userId) await actAs(userId);
      else setSession(null);
      expect(await acceptSignupAction({ requestId })).toMatchObject({ ok: false, code });
      expect(await refuseSignupAction({ requestId, reason: "Structure inconnue" })).toMatchObject({ ok: false, code });
    }
    expect(await databaseState()).toEqual(before);

    // The request's logo is not public: another région's admin gets not-found too.
    await actAs(grandEst.id);
    expect((await logoRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: requestId }) })).status).toBe(404);
  });

  it("is decided by an admin of its région", async () => {
    const requestId = await pendingRequest();
    const idf = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    await actAs(idf.id);
    expect((await logoRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: requestId }) })).status).toBe(200);
    expect(await refuseSignupAction({ requestId, reason: "Hors du champ du service sanitaire" })).toMatchObject({ ok: true });
    const [row] = await db.select().from(signupRequests).where(eq(signupRequests.id, requestId));
    expect(row).toMatchObject({ status: "REFUSED", decidedById: idf.id });
  });
});
