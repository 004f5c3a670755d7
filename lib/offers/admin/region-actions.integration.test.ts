import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { offerRevisions, regionSettings, type User } from "@/db/schema";
import { createOfferInState, createRevision, createStructure, createUser } from "@/test/factories";
import { NOW, snapshotOfferTables } from "@/test/fixtures/offers";
import { actAs, setSession } from "@/test/session";

vi.stubEnv("SSES_NOW", NOW);

const actions = await import("./actions");
const { updateRegionSettingsAction } = await import("@/lib/regions/actions");
type ActionName = keyof typeof actions;
type AnyAction = (input: unknown) => Promise<{ ok: boolean; code?: string; message?: string }>;

/**
 * The authorisation matrix of the regional admin's offer actions (docs/produit.md#qui-valide,
 * #moderation-dune-offre, #suppression-et-historique): every action × the offer's own région's admin,
 * another région's admin, each offerer permission of the offer's structure, an institution user,
 * anonymous. Only the offer's région's admin acts; another région's admin gets NOT_FOUND (the offer
 * is none of its business); everyone else FORBIDDEN, or UNAUTHENTICATED without a session; nothing
 * is written by a refusal. The offers are in Grand Est, which validates « par l'ARS ». An exported
 * action without an entry here fails the suite.
 */
type Principal = "ADMIN_OWN_REGION" | "ADMIN_OTHER_REGION" | "CONSULTATION" | "GESTIONNAIRE" | "VALIDEUR" | "ADMIN" | "INSTITUTION" | "ANONYMOUS";
const PRINCIPALS: Principal[] = ["ADMIN_OWN_REGION", "ADMIN_OTHER_REGION", "CONSULTATION", "GESTIONNAIRE", "VALIDEUR", "ADMIN", "INSTITUTION", "ANONYMOUS"];
const GRAND_EST = { regionCode: "44", departmentCode: "67", postalCode: "67000", communeCode: "67482", communeName: "Strasbourg" };

type Entry = { action: ActionName; label: string; setup: (structureId: string, authorId: string) => Promise<number>; input: (offerId: number) => unknown };

const MATRIX: Entry[] = [
  {
    action: "restoreOfferAction",
    label: "restaurer une offre supprimée",
    setup: async (s, a) => (await createOfferInState(db, s, "PUBLISHED", { ...GRAND_EST, authorId: a, deletedAt: new Date() })).id,
    input: (offerId) => ({ offerId }),
  },
  {
    action: "validateRegionOfferAction",
    label: "valider une offre envoyée à l'ARS",
    setup: async (s, a) => (await createOfferInState(db, s, "PENDING", { ...GRAND_EST, authorId: a, validationMode: "ARS" })).id,
    input: (offerId) => ({ offerId }),
  },
  {
    action: "validateRegionOfferAction",
    label: "valider une modification envoyée à l'ARS",
    setup: async (s, a) => {
      const offer = await createOfferInState(db, s, "PUBLISHED", { ...GRAND_EST, authorId: a });
      const revision = await createRevision(db, offer, { authorId: a, state: "PENDING" });
      await db.update(offerRevisions).set({ validationMode: "ARS" }).where(eq(offerRevisions.id, revision.id));
      return offer.id;
    },
    input: (offerId) => ({ offerId }),
  },
  {
    action: "sendBackRegionOfferAction",
    label: "renvoyer pour correction une offre envoyée à l'ARS",
    setup: async (s, a) => (await createOfferInState(db, s, "PENDING", { ...GRAND_EST, authorId: a, validationMode: "ARS" })).id,
    input: (offerId) => ({ offerId, comment: "Précisez les créneaux." }),
  },
  {
    action: "unpublishOfferAction",
    label: "dépublier une offre publiée",
    setup: async (s, a) => (await createOfferInState(db, s, "PUBLISHED", { ...GRAND_EST, authorId: a })).id,
    input: (offerId) => ({ offerId, reason: "Données personnelles dans la description." }),
  },
  {
    action: "sendBackLiveOfferAction",
    label: "renvoyer pour correction une offre publiée (retirée du site)",
    setup: async (s, a) => (await createOfferInState(db, s, "PUBLISHED", { ...GRAND_EST, authorId: a })).id,
    input: (offerId) => ({ offerId, comment: "Précisez les horaires.", keepOnline: false }),
  },
  {
    action: "sendBackLiveOfferAction",
    label: "renvoyer pour correction une offre validée (laissée en ligne)",
    setup: async (s, a) => (await createOfferInState(db, s, "VALIDATED", { ...GRAND_EST, authorId: a })).id,
    input: (offerId) => ({ offerId, comment: "Précisez les horaires.", keepOnline: true }),
  },
];

let structureId: string;
let authorId: string;
const users = {} as Record<Exclude<Principal, "ANONYMOUS">, User>;

beforeAll(async () => {
  await db.insert(regionSettings).values({ regionCode: "44", offerValidation: "ARS" });
  structureId = (await createStructure(db, GRAND_EST)).id;
  authorId = (await createUser(db, { structureId, permissions: ["GESTIONNAIRE"] })).id;
  users.ADMIN_OWN_REGION = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
  users.ADMIN_OTHER_REGION = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
  users.INSTITUTION = await createUser(db, { kind: "INSTITUTION" });
  for (const permission of ["CONSULTATION", "GESTIONNAIRE", "VALIDEUR", "ADMIN"] as const)
    users[permission] = await createUser(db, { structureId, permissions: [permission] });
});

describe("the matrix covers every exported action", () => {
  it("each action of lib/offers/admin/actions has at least one entry", () => {
    const exported = Object.entries(actions)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name)
      .sort();
    expect([...new Set(MATRIX.map((entry) => entry.action))].sort()).toEqual(exported);
  });
});

describe.each(MATRIX)("$action — $label", (entry) => {
  it.each(PRINCIPALS)("%s", async (principal) => {
    const offerId = await entry.setup(structureId, authorId);
    if (principal === "ANONYMOUS") setSession(null);
    else await actAs(users[principal].id);
    const before = await snapshotOfferTables();
    const result = await (actions[entry.action] as AnyAction)(entry.input(offerId));
    const after = await snapshotOfferTables();
    if (principal === "ADMIN_OWN_REGION") {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(after).not.toEqual(before);
      return;
    }
    const expected = principal === "ANONYMOUS" ? "UNAUTHENTICATED" : principal === "ADMIN_OTHER_REGION" ? "NOT_FOUND" : "FORBIDDEN";
    expect(result, JSON.stringify(result)).toMatchObject({ ok: false, code: expected });
    expect(result.message).toMatch(/[a-zéè]/);
    expect(after).toEqual(before);
  });
});

describe("« Paramètres de la région »: the région's admins only, their own région only", () => {
  it.each(PRINCIPALS)("%s", async (principal) => {
    if (principal === "ANONYMOUS") setSession(null);
    else await actAs(users[principal].id);
    const result = await updateRegionSettingsAction({ offerValidation: "ARS", contactEmail: "" });
    if (principal === "ADMIN_OWN_REGION" || principal === "ADMIN_OTHER_REGION") {
      // Each admin writes the row of the région of its session: no input names a région.
      expect(result).toEqual({ ok: true, data: null });
      return;
    }
    expect(result).toMatchObject({ ok: false, code: principal === "ANONYMOUS" ? "UNAUTHENTICATED" : "FORBIDDEN" });
  });
});
