import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { files, offers, type Permission, type User } from "@/db/schema";
import { issueClaim } from "@/lib/core/files/claims";
import { attachFile, createFile, createOfferInState, createStructure, createUser, PDF_BYTES } from "@/test/factories";
import { createOfferWithRevision, NOW, snapshotOfferTables } from "@/test/fixtures/offers";
import { actAs, setSession } from "@/test/session";

vi.stubEnv("SSES_NOW", NOW);

const actions = await import("./actions");
type ActionName = keyof typeof actions;
type AnyAction = (input: unknown) => Promise<{ ok: boolean; code?: string; message?: string }>;

/**
 * The authorisation matrix of docs/produit.md#roles-et-permissions (issue 5): every offer action × each permission alone (and a
 * regional admin) × own structure / another structure / anonymous. Allowed where docs/produit.md#roles-et-permissions says so;
 * otherwise refused — FORBIDDEN without the right, NOT_FOUND for another structure's offer,
 * UNAUTHENTICATED without a session — with nothing written (every offer table compared before and
 * after). An exported action without an entry here fails the suite.
 */
type Principal = Permission | "REGIONAL_ADMIN";
const PRINCIPALS: Principal[] = ["CONSULTATION", "GESTIONNAIRE", "VALIDEUR", "ADMIN", "REGIONAL_ADMIN"];

type Target = { offerId?: number; fileId?: string; uploads?: Record<string, { fileId: string; token: string }> };
type Entry = {
  action: ActionName;
  label: string;
  /** Makes the offer the action applies to, in `structureId` (authorId: a GESTIONNAIRE of it). */
  setup: (structureId: string, authorId: string) => Promise<Target>;
  input: (target: Target, otherStructureId: string, actorId: string | null) => unknown;
  allowed: Principal[];
  /**
   * Who passes the action's door (its capability) when that differs from who may finish it: they
   * get NOT_FOUND for another structure's offer, like those allowed — its state is none of their business.
   */
  door?: Principal[];
};

const GV: Principal[] = ["GESTIONNAIRE", "VALIDEUR"];
const MATRIX: Entry[] = [
  {
    action: "createOfferAction",
    label: "créer une offre (structureId forgé ignoré)",
    setup: async () => ({}),
    input: (_target, otherStructureId) => ({ values: { name: "Nouvelle offre de test", structureId: otherStructureId }, structureId: otherStructureId }),
    allowed: ["GESTIONNAIRE"],
  },
  {
    action: "saveOfferStepAction",
    label: "enregistrer une étape d'un brouillon",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "DRAFT", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId, step: "complements", values: { offersMeals: true, offersHousing: true, state: "PUBLISHED" } }),
    allowed: GV,
  },
  {
    action: "uploadOfferAttachmentAction",
    label: "déposer un document utile",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "DRAFT", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId, file: new File([PDF_BYTES], "programme.pdf", { type: "application/pdf" }) }),
    allowed: GV,
  },
  {
    action: "attachOfferAttachmentAction",
    label: "ajouter un document utile envoyé avant (POST /api/fichiers)",
    setup: async (s, a) => {
      const offerId = (await createOfferInState(db, s, "DRAFT", { authorId: a })).id;
      // One file waiting for each user of the own structure, as each would have sent it.
      const uploads: Record<string, { fileId: string; token: string }> = {};
      for (const user of [...Object.values(own.users), own.author]) {
        const fileId = (await createFile(db)).id;
        await db.update(files).set({ uploadedById: user.id }).where(eq(files.id, fileId));
        uploads[user.id] = { fileId, token: await issueClaim(db, fileId, "document") };
      }
      return { offerId, uploads };
    },
    input: ({ offerId, uploads }, _other, actorId) => ({ offerId, ...(uploads![actorId ?? own.author.id] ?? Object.values(uploads!)[0]) }),
    allowed: GV,
  },
  {
    action: "removeOfferAttachmentAction",
    label: "retirer un document utile",
    setup: async (s, a) => {
      const offer = await createOfferInState(db, s, "DRAFT", { authorId: a });
      return { offerId: offer.id, fileId: (await attachFile(db, offer.id)).id };
    },
    input: ({ offerId, fileId }) => ({ offerId, fileId }),
    allowed: GV,
  },
  {
    action: "submitOfferAction",
    label: "demander la validation d'un brouillon",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "DRAFT", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId, state: "PUBLISHED" }),
    allowed: GV,
  },
  {
    action: "submitOfferAction",
    label: "demander la validation d'une modification",
    setup: async (s, a) => ({ offerId: (await createOfferWithRevision(s, a, "DRAFT")).offer.id }),
    input: ({ offerId }) => ({ offerId }),
    allowed: GV,
  },
  {
    action: "validateOfferAction",
    label: "valider une offre en attente",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "PENDING", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId }),
    allowed: ["VALIDEUR"],
  },
  {
    action: "validateOfferAction",
    label: "valider une modification en attente",
    setup: async (s, a) => ({ offerId: (await createOfferWithRevision(s, a, "PENDING")).offer.id }),
    input: ({ offerId }) => ({ offerId }),
    allowed: ["VALIDEUR"],
  },
  {
    // docs/produit.md#qui-valide: sent under « par l'ARS », the ARS decides; the VALIDEUR passes the door and is refused.
    action: "validateOfferAction",
    label: "valider une offre envoyée à l'ARS",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "PENDING", { authorId: a, validationMode: "ARS" })).id }),
    input: ({ offerId }) => ({ offerId }),
    allowed: [],
    door: ["VALIDEUR"],
  },
  {
    action: "sendBackOfferAction",
    label: "renvoyer pour correction une offre envoyée à l'ARS",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "PENDING", { authorId: a, validationMode: "ARS" })).id }),
    input: ({ offerId }) => ({ offerId, comment: "Merci de préciser les créneaux." }),
    allowed: [],
    door: ["VALIDEUR"],
  },
  {
    action: "sendBackOfferAction",
    label: "renvoyer une offre pour correction",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "PENDING", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId, comment: "Merci de préciser les créneaux." }),
    allowed: ["VALIDEUR"],
  },
  {
    action: "sendBackOfferAction",
    label: "renvoyer une modification pour correction",
    setup: async (s, a) => ({ offerId: (await createOfferWithRevision(s, a, "PENDING")).offer.id }),
    input: ({ offerId }) => ({ offerId, comment: "Merci de préciser les créneaux." }),
    allowed: ["VALIDEUR"],
  },
  {
    action: "discardRevisionAction",
    label: "abandonner une modification",
    setup: async (s, a) => ({ offerId: (await createOfferWithRevision(s, a, "DRAFT")).offer.id }),
    input: ({ offerId }) => ({ offerId }),
    allowed: GV,
  },
  {
    action: "stopPublicationAction",
    label: "arrêter une publication",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "PUBLISHED", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId }),
    allowed: GV,
  },
  {
    action: "extendPublicationAction",
    label: "prolonger une publication",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "PUBLISHED", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId, publicationEnd: "2026-09-30" }),
    allowed: GV,
  },
  {
    action: "changePublicationDatesAction",
    label: "modifier les dates d'une offre publiée",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "PUBLISHED", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId, publicationStart: "2026-05-01", publicationEnd: "2026-09-30" }),
    allowed: GV,
  },
  {
    action: "renewPublicationAction",
    label: "renouveler une offre caduque",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "EXPIRED", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId, publicationStart: "2026-06-01", publicationEnd: "2026-08-31" }),
    allowed: GV,
  },
  {
    action: "deleteOfferAction",
    label: "supprimer un brouillon",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "DRAFT", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId }),
    allowed: GV,
  },
  {
    action: "deleteOfferAction",
    label: "supprimer une offre publiée",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "PUBLISHED", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId }),
    allowed: ["VALIDEUR"],
    door: GV,
  },
  {
    action: "duplicateOfferAction",
    label: "dupliquer une offre",
    setup: async (s, a) => ({ offerId: (await createOfferInState(db, s, "PUBLISHED", { authorId: a })).id }),
    input: ({ offerId }) => ({ offerId }),
    allowed: GV,
  },
];

type Scope = "own" | "other" | "anonymous";
const SCOPES: Scope[] = ["own", "other", "anonymous"];

let own: { structureId: string; author: User; users: Record<Principal, User> };
let other: { structureId: string; author: User };

beforeAll(async () => {
  const [ownStructure, otherStructure] = [await createStructure(db), await createStructure(db)];
  const users = {} as Record<Principal, User>;
  for (const principal of PRINCIPALS) {
    users[principal] =
      principal === "REGIONAL_ADMIN"
        ? await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11", permissions: [] })
        : await createUser(db, { structureId: ownStructure.id, permissions: [principal] });
  }
  own = { structureId: ownStructure.id, author: await createUser(db, { structureId: ownStructure.id, permissions: ["GESTIONNAIRE"] }), users };
  other = { structureId: otherStructure.id, author: await createUser(db, { structureId: otherStructure.id, permissions: ["GESTIONNAIRE"] }) };
});

describe("the matrix covers every exported action", () => {
  it("each action of lib/offers/actions has at least one entry", () => {
    const exported = Object.entries(actions)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name)
      .sort();
    const covered = [...new Set(MATRIX.map((entry) => entry.action))].sort();
    expect(covered).toEqual(exported);
  });
});

describe.each(MATRIX)("$action — $label", (entry) => {
  type Case = { scope: Scope; principal: Principal | null };
  const cases = SCOPES.flatMap((scope): Case[] =>
    scope === "anonymous" ? [{ scope, principal: null }] : PRINCIPALS.map((principal) => ({ scope, principal })),
  );

  it.each(cases)("$scope / $principal", async ({ scope, principal }) => {
    const home = scope === "other" ? other : own;
    const target = await entry.setup(home.structureId, home.author.id);
    if (principal) await actAs(own.users[principal].id);
    else setSession(null);
    const before = await snapshotOfferTables();
    const result = await (actions[entry.action] as AnyAction)(entry.input(target, other.structureId, principal ? own.users[principal].id : null));
    const after = await snapshotOfferTables();

    const mayAct = principal !== null && entry.allowed.includes(principal);
    const creates = entry.action === "createOfferAction";
    if (mayAct && (scope === "own" || creates)) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      expect(after).not.toEqual(before);
      if (creates) {
        // The forged structureId went nowhere: nothing new in the other structure.
        const inOther = await db
          .select({ id: offers.id })
          .from(offers)
          .where(and(eq(offers.structureId, other.structureId), eq(offers.name, "Nouvelle offre de test")));
        expect(inOther).toEqual([]);
      }
      return;
    }
    const passesDoor = principal !== null && (entry.door ?? entry.allowed).includes(principal);
    const expectedCode = scope === "anonymous" ? "UNAUTHENTICATED" : scope === "other" && passesDoor ? "NOT_FOUND" : "FORBIDDEN";
    expect(result, JSON.stringify(result)).toMatchObject({ ok: false, code: expectedCode });
    expect(result.message).toMatch(/[a-zéè]/);
    expect(after).toEqual(before);
  });
});
