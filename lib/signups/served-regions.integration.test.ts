import { randomInt } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { outbox, signupRequests, structures } from "@/db/schema";
import { sirenFrom } from "@/db/seed/siren";
import { countPendingSignups, listPendingSignups } from "@/lib/signups/queries";
import { AppError } from "@/lib/core/errors";
import { createUser, referenceId } from "@/test/factories";
import { acceptSignup, OUTSIDE_SERVED_REGIONS, refuseSignup } from "./moderate";
import { signupRequestSchema } from "./schemas";
import { listServedRegions } from "./served-regions";
import { storedSignup } from "@/test/signups";

/**
 * A sign-up is read by its région's admins only. A commune of a région without any (89140 Évry, in
 * the Yonne) used to be accepted and then seen by nobody: it is refused now, and the requests stored
 * that way before are shown to every admin as « hors région » until one of them refuses them.
 */
const SERVED_SENTENCE =
  "Cette commune est hors des régions de la plateforme. La plateforme accueille les structures des régions Grand Est et Île-de-France. Pour une structure située ailleurs, adressez-vous à l'Agence régionale de santé (ARS) de votre région.";

let idfAdmin: { id: string };
let grandEstAdmin: { id: string };

beforeAll(async () => {
  idfAdmin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
  grandEstAdmin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
  // A frozen admin does not make their région served.
  await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "53", frozenAt: new Date() });
});

async function values(commune: { postalCode: string; communeCode: string; communeName: string }) {
  return signupRequestSchema.parse({
    offererTypeId: String(await referenceId(db, "OFFERER_TYPE", "Association")),
    name: `Les Amis de la santé ${randomInt(1e9)}`,
    siren: sirenFrom(String(randomInt(10_000_000, 100_000_000))),
    street: "2 place de la Mairie",
    ...commune,
    legalRepCivility: "Madame",
    legalRepLastName: "Perrin",
    legalRepFirstName: "Anne",
    legalRepFunction: "Présidente",
    description: "Prévention en milieu rural.",
    firstName: "Anne",
    lastName: "Perrin",
    jobTitle: "Présidente",
    email: `anne.${randomInt(1e9)}@amis-sante.test`,
    phone: "03 86 00 00 00",
  });
}

const EVRY_YONNE = { postalCode: "89140", communeCode: "89162", communeName: "Évry" };
const SAINT_DENIS = { postalCode: "93200", communeCode: "93066", communeName: "Saint-Denis" };

async function fieldErrorsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors;
}

describe("régions the platform serves", () => {
  it("are those with a regional admin who can log in", async () => {
    expect((await listServedRegions()).map((region) => region.name)).toEqual(["Grand Est", "Île-de-France"]);
  });

  it("refuse a sign-up from a commune outside them, next to « Commune », storing and sending nothing", async () => {
    const [before] = await db.select({ requests: count() }).from(signupRequests);
    const [mailBefore] = await db.select({ emails: count() }).from(outbox);
    expect(await fieldErrorsOf(storedSignup(await values(EVRY_YONNE), undefined))).toEqual({ communeCode: [SERVED_SENTENCE] });
    const [after] = await db.select({ requests: count() }).from(signupRequests);
    const [mailAfter] = await db.select({ emails: count() }).from(outbox);
    expect(after).toEqual(before);
    expect(mailAfter).toEqual(mailBefore);
  });

  it("show a request stored from outside them to every admin, « hors région », until one refuses it", async () => {
    const requestId = await storedSignup(await values(SAINT_DENIS), undefined);
    // As it was stored before the rule: the Yonne, in Bourgogne-Franche-Comté (27).
    await db
      .update(signupRequests)
      .set({ regionCode: "27", data: sql`jsonb_set(${signupRequests.data}, '{structure,regionCode}', '"27"')` })
      .where(eq(signupRequests.id, requestId));

    for (const admin of [idfAdmin, grandEstAdmin]) {
      const regionCode = admin === idfAdmin ? "11" : "44";
      const listed = (await listPendingSignups(regionCode)).find((request) => request.id === requestId);
      expect(listed?.outsideServedRegions).toBe(true);
      expect(await countPendingSignups(regionCode)).toBeGreaterThanOrEqual(1);
    }
    const own = (await listPendingSignups("11")).filter((request) => request.id !== requestId);
    expect(own.every((request) => !request.outsideServedRegions)).toBe(true);

    // No admin would follow the structure there: it cannot be created.
    const refusal = await acceptSignup({ id: grandEstAdmin.id, regionCode: "44" }, requestId).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).message).toBe(OUTSIDE_SERVED_REGIONS);
    expect(
      await db
        .select()
        .from(structures)
        .where(eq(structures.siren, (await requestRow(requestId)).siren)),
    ).toEqual([]);
    expect((await requestRow(requestId)).status).toBe("PENDING");

    await refuseSignup({ id: grandEstAdmin.id, regionCode: "44" }, requestId, "Adressez-vous à l'ARS Bourgogne-Franche-Comté.");
    expect((await requestRow(requestId)).status).toBe("REFUSED");
    expect((await listPendingSignups("11")).some((request) => request.id === requestId)).toBe(false);
    const [refusalEmail] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.template, "signup-refused"))
      .orderBy(sql`${outbox.id} desc`)
      .limit(1);
    expect(refusalEmail?.toEmail).toBe((await requestRow(requestId)).email);
  });
});

async function requestRow(id: string) {
  const [row] = await db.select().from(signupRequests).where(eq(signupRequests.id, id));
  if (!row) throw new Error(`no sign-up request ${id}`);
  return row;
}
