import { eq } from "drizzle-orm";
import { updateTag } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { activityLog, structures, users } from "@/db/schema";
import { authenticate } from "@/lib/core/auth/authenticate";
import { getCurrentUser } from "@/lib/core/auth/session";
import { EMPTY_FILTERS } from "@/lib/offers/catalogue/filters";
import { getPublicOffer, searchPublicOffers } from "@/lib/offers/catalogue/queries";
import { createOffer, createStructure, createUser, referenceId, TEST_PASSWORD } from "@/test/factories";
import { COMMUNE_MESSAGE } from "@/lib/signups/schemas";
import { findEmails } from "@/test/mailbox";
import { actAs, databaseState, setSession } from "@/test/session";
import { freezeStructureAction, unfreezeStructureAction, updateAdminStructureAction } from "./actions";
import { ADMIN_OTHER_REGION_MESSAGE } from "./manage";
import {
  getRegionStructure,
  getRegionStructureLogo,
  listRegionStructureHistory,
  listRegionStructureMembers,
  listRegionStructureOffers,
  listRegionStructures,
  parseStructureFilters,
  structuresHref,
} from "./queries";
import { nth, one } from "@/lib/core/rows";

const TODAY = "2026-05-15";
const REASON = "Des offres publiées contiennent des noms d'élèves.";

async function identity(overrides: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    offererTypeId: String(await referenceId(db, "OFFERER_TYPE")),
    name: "Association Fleur bleue",
    siren: "732 829 320",
    street: "12 boulevard de Grenelle",
    addressComplement: "",
    postalCode: "75015",
    communeCode: "75056",
    communeName: "Paris",
    legalRepCivility: "Madame",
    legalRepLastName: "MICHU",
    legalRepFirstName: "Claire",
    legalRepFunction: "Présidente",
    description: "Une association de quartier.",
    ...overrides,
  };
}

/** The form sends FormData, as « Mon compte offreur »'s does. */
function edit(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return updateAdminStructureAction(data);
}

let adminIdf: Awaited<ReturnType<typeof createUser>>;
let structureId: string;
let structureAdmin: Awaited<ReturnType<typeof createUser>>;

beforeEach(async () => {
  vi.mocked(updateTag).mockClear();
  vi.stubEnv("SSES_NOW", `${TODAY}T10:00:00Z`);
  adminIdf = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
  structureId = (await createStructure(db, { name: `Fleur bleue ${crypto.randomUUID().slice(0, 6)}` })).id;
  structureAdmin = await createUser(db, { structureId, permissions: ["ADMIN", "VALIDEUR"] });
  await actAs(adminIdf.id);
});

describe("/admin/structures: the list and the structure's page", () => {
  it("lists the région's structures only, searchable by name, SIREN and commune, filtered by type and status, with counts", async () => {
    const marker = `zorglub${crypto.randomUUID().slice(0, 6)}`;
    const [a, b] = await Promise.all([
      createStructure(db, { name: `Bêta ${marker}`, siren: "356000000", postalCode: "75011", communeName: "Paris", departmentCode: "75" }),
      createStructure(db, { name: `alpha ${marker}`, communeName: "Saint-Denis" }),
    ]);
    const otherRegion = await createStructure(db, {
      name: `Gamma ${marker}`,
      regionCode: "44",
      departmentCode: "54",
      postalCode: "54000",
      communeName: "Nancy",
    });
    await createUser(db, { structureId: a.id });
    await createOffer(db, { structureId: a.id, today: TODAY });
    await createOffer(db, { structureId: a.id, state: "DRAFT", today: TODAY });

    const list = await listRegionStructures("11", parseStructureFilters({ recherche: marker.toUpperCase() }), TODAY);
    expect(list.rows.map((row) => row.id)).toEqual([b.id, a.id]); // by name, whatever the case or accents
    expect(list.rows.find((row) => row.id === otherRegion.id)).toBeUndefined();
    expect(list.rows[1]).toMatchObject({ userCount: 1, publishedCount: 1, offerCount: 2, departmentName: "Paris", frozenAt: null });

    expect((await listRegionStructures("11", parseStructureFilters({ recherche: "356 000" }), TODAY)).rows.map((row) => row.id)).toContain(a.id);
    expect((await listRegionStructures("11", parseStructureFilters({ recherche: "saint-denis" }), TODAY)).rows.map((row) => row.id)).toContain(b.id);
    expect((await listRegionStructures("44", parseStructureFilters({ recherche: marker }), TODAY)).rows.map((row) => row.id)).toEqual([otherRegion.id]);

    await db.update(structures).set({ frozenAt: new Date() }).where(eq(structures.id, a.id));
    const frozen = await listRegionStructures("11", parseStructureFilters({ recherche: marker, etat: "gelee" }), TODAY);
    expect(frozen.rows.map((row) => row.id)).toEqual([a.id]);
    expect(nth(frozen.rows, 0).publishedCount).toBe(0);
    const active = await listRegionStructures("11", parseStructureFilters({ recherche: marker, etat: "active", type: String(b.offererTypeId) }), TODAY);
    expect(active.rows.map((row) => row.id)).toEqual([b.id]);
  });

  it("pages by 20, by name", async () => {
    const marker = `pagination${crypto.randomUUID().slice(0, 6)}`;
    for (let i = 0; i < 21; i++) await createStructure(db, { name: `${marker} ${String(i).padStart(2, "0")}` });
    const first = await listRegionStructures("11", parseStructureFilters({ recherche: marker }), TODAY);
    const second = await listRegionStructures("11", parseStructureFilters({ recherche: marker, page: "2" }), TODAY);
    expect({ total: first.total, pageCount: first.pageCount, rows: first.rows.length }).toEqual({ total: 21, pageCount: 2, rows: 20 });
    expect(nth(first.rows, 0).name).toBe(`${marker} 00`);
    expect(second.rows.map((row) => row.name)).toEqual([`${marker} 20`]);
  });

  it("reads the URL's filters leniently and writes them back for paging", () => {
    expect(parseStructureFilters({ recherche: "  école ", type: "12", etat: "gelee", page: "3" })).toEqual({
      search: "école",
      offererTypeId: 12,
      status: "gelee",
      page: 3,
    });
    expect(parseStructureFilters({ type: "x'; drop", etat: "n'importe", page: "-2" })).toEqual({
      search: undefined,
      offererTypeId: undefined,
      status: undefined,
      page: 1,
    });
    expect(structuresHref({ search: "a b", status: "active", page: 1 }, 2)).toBe("/admin/structures?recherche=a+b&etat=active&page=2");
  });

  it("shows a structure of the région with its users, offers and history; another région's id is not found", async () => {
    const offer = await createOffer(db, { structureId, today: TODAY, name: "Ateliers sommeil" });
    const structure = await getRegionStructure("11", structureId, TODAY);
    expect(structure).toMatchObject({ id: structureId, siren: "732829320", userCount: 1, publishedCount: 1, offerCount: 1, freeze: null });
    expect(await listRegionStructureMembers("11", structureId)).toEqual([
      expect.objectContaining({ id: structureAdmin.id, permissions: ["ADMIN", "VALIDEUR"], isPending: false }),
    ]);
    expect(await listRegionStructureOffers("11", structureId, TODAY)).toEqual([
      expect.objectContaining({ id: offer.id, name: "Ateliers sommeil", state: "PUBLISHED", isPublic: true }),
    ]);

    for (const region of ["44", "84"]) {
      expect(await getRegionStructure(region, structureId, TODAY)).toBeNull();
      expect(await listRegionStructureMembers(region, structureId)).toEqual([]);
      expect(await listRegionStructureOffers(region, structureId, TODAY)).toEqual([]);
      expect(await listRegionStructureHistory(region, structureId)).toEqual([]);
      expect(await getRegionStructureLogo(region, structureId)).toBeNull();
    }
    expect(await getRegionStructure("11", "pas-un-uuid")).toBeNull();
    expect(await getRegionStructure("11", crypto.randomUUID())).toBeNull();
  });
});

describe("« Geler » / « Dégeler »", () => {
  it("freezing with a reason: no login, sessions ended, offers out of the catalogue, log and email; unfreezing restores everything", async () => {
    const offer = await createOffer(db, { structureId, today: TODAY, name: "Prévention solaire" });
    const openSession = await actAs(structureAdmin.id);
    expect(await getCurrentUser()).toMatchObject({ id: structureAdmin.id });
    await actAs(adminIdf.id);

    expect(await freezeStructureAction({ structureId, reason: `  ${REASON}  ` })).toEqual({ ok: true, data: { changed: true } });
    expect(vi.mocked(updateTag)).toHaveBeenCalledWith("offers");
    expect(await authenticate({ email: structureAdmin.email, password: TEST_PASSWORD }, "10.9.0.1")).toMatchObject({
      ok: false,
      reason: "frozen",
      scope: "structure",
    });
    setSession(openSession);
    expect(await getCurrentUser()).toBeNull();
    expect(await getPublicOffer(offer.id, TODAY)).toBeNull();
    expect((await searchPublicOffers({ ...EMPTY_FILTERS, q: "Prévention solaire" }, TODAY)).cards.map((card) => card.id)).not.toContain(offer.id);

    const structure = await getRegionStructure("11", structureId, TODAY);
    expect(structure?.frozenAt).toBeInstanceOf(Date);
    expect(structure?.freeze).toMatchObject({ reason: REASON, byName: `${adminIdf.firstName} ${adminIdf.lastName}` });
    const frozenMail = one(await findEmails({ to: structureAdmin.email, template: "structure-frozen" }));
    expect(frozenMail.subject).toContain(structure?.name);
    expect(frozenMail.text).toContain(REASON);
    expect(frozenMail.regionCode).toBe("11");

    // Twice: nothing more happens (no second email, no second log row).
    await actAs(adminIdf.id);
    expect(await freezeStructureAction({ structureId, reason: REASON })).toEqual({ ok: true, data: { changed: false } });
    expect(await findEmails({ to: structureAdmin.email, template: "structure-frozen" })).toHaveLength(1);

    expect(await unfreezeStructureAction({ structureId })).toEqual({ ok: true, data: { changed: true } });
    expect(await authenticate({ email: structureAdmin.email, password: TEST_PASSWORD }, "10.9.0.2")).toMatchObject({ ok: true });
    expect(await getPublicOffer(offer.id, TODAY)).toMatchObject({ id: offer.id });
    // The session opened before the freeze stays ended: a new login is needed.
    setSession(openSession);
    expect(await getCurrentUser()).toBeNull();
    await actAs(structureAdmin.id);
    expect(await getCurrentUser()).toMatchObject({ id: structureAdmin.id });
    expect(await findEmails({ to: structureAdmin.email, template: "structure-unfrozen" })).toHaveLength(1);

    const history = await listRegionStructureHistory("11", structureId);
    expect(history.map((row) => row.action)).toEqual(["structure.unfrozen", "structure.frozen"]);
    expect(nth(history, 1).details).toEqual({ reason: REASON });
  });

  it("keeps a user frozen on purpose frozen after the unfreeze, and emails only active ADMINs", async () => {
    const frozenUser = await createUser(db, { structureId, permissions: ["ADMIN"], frozenAt: new Date("2026-01-01T00:00:00Z") });
    const manager = await createUser(db, { structureId, permissions: ["GESTIONNAIRE"] });
    await freezeStructureAction({ structureId, reason: REASON });
    await unfreezeStructureAction({ structureId });
    const row = one(await db.select({ frozenAt: users.frozenAt }).from(users).where(eq(users.id, frozenUser.id)));
    expect(row.frozenAt?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(await findEmails({ to: frozenUser.email })).toHaveLength(0);
    expect(await findEmails({ to: manager.email })).toHaveLength(0);
  });

  it("needs a reason to freeze, and changes nothing without one", async () => {
    const before = await databaseState();
    for (const reason of ["", "   ", undefined, "x".repeat(1001)]) {
      const result = await freezeStructureAction({ structureId, reason } as never);
      expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { reason: [expect.any(String)] } });
    }
    expect(await databaseState()).toEqual(before);
  });
});

describe("refusals: another région, anonymous, offerer and institution callers", () => {
  it("answers not-found on every action for another région's structure or an unknown id, changing nothing", async () => {
    const grandEst = await createStructure(db, { regionCode: "44", departmentCode: "54", postalCode: "54000", communeCode: "54395", communeName: "Nancy" });
    const before = await databaseState();
    for (const id of [grandEst.id, crypto.randomUUID()]) {
      expect(await freezeStructureAction({ structureId: id, reason: REASON })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await unfreezeStructureAction({ structureId: id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await edit({ structureId: id, ...(await identity()) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await freezeStructureAction({ structureId: "1 or 1=1", reason: REASON })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await databaseState()).toEqual(before);
  });

  it("refuses a logged-out call and an offerer or institution caller, even the structure's own ADMIN", async () => {
    const institutionUser = await createUser(db, { kind: "INSTITUTION" });
    const before = await databaseState();
    const calls = async () => [
      await freezeStructureAction({ structureId, reason: REASON }),
      await unfreezeStructureAction({ structureId }),
      await edit({ structureId, ...(await identity()) }),
    ];
    setSession(null);
    for (const result of await calls()) expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    for (const caller of [structureAdmin, institutionUser]) {
      await actAs(caller.id);
      for (const result of await calls()) expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await databaseState()).toEqual(before);
  });
});

describe("« Modifier »: the identity fields, with « Mon compte offreur »'s schema and checks", () => {
  it("corrects the structure, logs it as the admin and expires the catalogue at once", async () => {
    const result = await edit({ structureId, ...(await identity()) });
    expect(result).toMatchObject({ ok: true, data: { changes: expect.arrayContaining(["name", "communeCode"]) } });
    expect(await getRegionStructure("11", structureId, TODAY)).toMatchObject({
      name: "Association Fleur bleue",
      communeName: "Paris",
      departmentCode: "75",
      regionCode: "11",
    });
    expect(vi.mocked(updateTag)).toHaveBeenCalledWith("offers");
    const [log] = await db.select().from(activityLog).where(eq(activityLog.subjectId, structureId));
    expect(log).toMatchObject({ action: "structure.updated", actorId: adminIdf.id });
  });

  it("puts bad input next to its fields, never throws, and changes nothing", async () => {
    const cases: [Record<string, string>, Record<string, string>][] = [
      [
        { name: "", siren: "123456789", description: "x".repeat(2001) },
        { name: "obligatoire", siren: "SIREN", description: "caractères maximum" },
      ],
      [{ communeCode: "93066" }, { communeCode: COMMUNE_MESSAGE }],
      [{ postalCode: "54000", communeCode: "54395" }, { communeCode: ADMIN_OTHER_REGION_MESSAGE }],
      [{ offererTypeId: "999999" }, { offererTypeId: "type d'offreur" }],
      [
        { legalRepCivility: "Maître", postalCode: "7501" },
        { legalRepCivility: "obligatoire", postalCode: "5 chiffres" },
      ],
    ];
    for (const [overrides, errors] of cases) {
      const before = await databaseState();
      const result = await edit({ structureId, ...(await identity(overrides)) });
      expect(result.ok, JSON.stringify(overrides)).toBe(false);
      if (result.ok) continue;
      expect(result.code).not.toBe("UNEXPECTED");
      for (const [field, message] of Object.entries(errors)) expect(result.fieldErrors?.[field]?.join(" ")).toContain(message);
      expect(await databaseState()).toEqual(before);
    }
  });
});
