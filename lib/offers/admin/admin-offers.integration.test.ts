import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { activityLog, offers, offerStatusHistory, type Offer, type User } from "@/db/schema";
import { EMPTY_FILTERS } from "@/lib/offers/catalogue/filters";
import { getPublicOffer, searchPublicOffers } from "@/lib/offers/catalogue/queries";
import { attachFile, createOfferInState, createStructure, createUser, PDF_BYTES, referenceId } from "@/test/factories";
import { NOW, snapshotOfferTables, TODAY } from "@/test/fixtures/offers";
import { actAs, setSession } from "@/test/session";
import { parseAdminOfferFilters } from "./filters";
import { exportRegionOffers, getRegionOffer, listRegionOfferFilterOptions, listRegionOffers, resolveAdminOfferFilters } from "./queries";
import { one } from "@/lib/core/rows";

const cache = vi.hoisted(() => ({ expired: [] as (number | undefined)[] }));
vi.mock("@/lib/offers/catalogue/cache", () => ({ expireOfferCache: (id?: number) => cache.expired.push(id), expireOfferCacheFromJob: () => {} }));
vi.stubEnv("SSES_NOW", NOW);

const { restoreOfferAction } = await import("./actions");
const { deleteOfferAction } = await import("@/lib/offers/actions");
const exportRoute = await import("@/app/admin/offres/export/route");
const pdfRoute = await import("@/app/admin/offres/[id]/pdf/route");
const { default: RegionOfferPage } = await import("@/app/admin/offres/[id]/page");
const documentRoute = await import("@/app/admin/offres/[id]/documents/[fileId]/route");

const IDF = "11";
const GRAND_EST = "44";
let adminIdf: User;
let adminGrandEst: User;

// The real door gives each admin the région of their account.
const as = (user: User | null) => (user ? actAs(user.id) : setSession(null));

async function listed(query: string, regionCode = IDF): Promise<number[]> {
  const options = await listRegionOfferFilterOptions(regionCode);
  const filters = resolveAdminOfferFilters(parseAdminOfferFilters(new URLSearchParams(query)), regionCode, options);
  return (await exportRegionOffers(regionCode, filters)).map((row) => row.id);
}

async function history(offerId: number) {
  const rows = await db.select().from(offerStatusHistory).where(eq(offerStatusHistory.offerId, offerId)).orderBy(asc(offerStatusHistory.id));
  return rows.map((row) => [row.action, row.fromState, row.toState]);
}

async function csv(query: string): Promise<Response> {
  return exportRoute.GET(new Request(`http://localhost/admin/offres/export?${query}`));
}

beforeAll(async () => {
  adminIdf = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: IDF, firstName: "Agnès", lastName: "Roux" });
  adminGrandEst = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: GRAND_EST });
});

describe("the région's offers: filters, each alone and combined", () => {
  const o = {} as Record<"published" | "draft" | "pending" | "validated" | "deletedExpired" | "grandEst", Offer>;
  let structureA: string;
  let structureB: string;
  let theme: number;
  /** Only this describe's offers: other tests of the file add their own. */
  const mine = (ids: number[]) => ids.filter((id) => Object.values(o).some((offer) => offer.id === id)).sort();
  const ids = (...keys: (keyof typeof o)[]) => keys.map((key) => o[key].id).sort();

  beforeAll(async () => {
    structureA = (await createStructure(db, { name: "Association Alpha" })).id;
    structureB = (await createStructure(db, { name: "Collège Bêta" })).id;
    const grandEst = (await createStructure(db, { regionCode: GRAND_EST, departmentCode: "67" })).id;
    theme = await referenceId(db, "THEME", "Sommeil");
    o.published = await createOfferInState(db, structureA, "PUBLISHED", { name: "Le sommeil des adolescents", offersHousing: true });
    o.draft = await createOfferInState(db, structureA, "DRAFT", { name: "Brouillon alpha" });
    o.pending = await createOfferInState(db, structureA, "PENDING", { departmentCode: "75", places: 12 });
    o.validated = await createOfferInState(db, structureB, "VALIDATED", { themeIds: [theme], periodStart: "2027-01-04", periodEnd: "2027-03-26" });
    o.deletedExpired = await createOfferInState(db, structureB, "EXPIRED", { deletedAt: new Date() });
    o.grandEst = await createOfferInState(db, grandEst, "PUBLISHED", {
      regionCode: GRAND_EST,
      departmentCode: "67",
      name: "Le sommeil à Strasbourg",
      offersHousing: true,
    });
  });

  it("by default: every state but drafts, not deleted, the admin's région only", async () => {
    expect(mine(await listed(""))).toEqual(ids("published", "pending", "validated"));
    expect(mine(await listed("", GRAND_EST))).toEqual(ids("grandEst"));
  });

  it("état: several at once, drafts when asked", async () => {
    expect(mine(await listed("etat=brouillon"))).toEqual(ids("draft"));
    expect(mine(await listed("etat=publiee&etat=validee"))).toEqual(ids("published", "validated"));
    expect(mine(await listed("etat=caduque"))).toEqual([]);
  });

  it("structure, and a structure of another région finds nothing of it", async () => {
    expect(mine(await listed(`structure=${structureB}`))).toEqual(ids("validated"));
    const grandEstStructure = o.grandEst.structureId;
    // Not a structure of the région: the filter is dropped, the région's list stays.
    expect(mine(await listed(`structure=${grandEstStructure}`))).toEqual(ids("published", "pending", "validated"));
  });

  it("« Offres supprimées »: the bin, every state", async () => {
    expect(mine(await listed("supprimees=1"))).toEqual(ids("deletedExpired"));
    expect(mine(await listed("supprimees=1&etat=publiee"))).toEqual([]);
  });

  it("the catalogue's filters: search, thématique, département, options, places, period", async () => {
    expect(mine(await listed("q=sommeil"))).toEqual(ids("published"));
    expect(mine(await listed(`thematique=${theme}`))).toEqual(ids("validated"));
    expect(mine(await listed("departement=75"))).toEqual(ids("pending"));
    // A département of another région is not one of the admin's: dropped, never a way out of the région.
    expect(mine(await listed("departement=67"))).toEqual(ids("published", "pending", "validated"));
    expect(mine(await listed("hebergement=1"))).toEqual(ids("published"));
    expect(mine(await listed("places=10"))).toEqual(ids("pending"));
    expect(mine(await listed("mois=2027-02"))).toEqual(ids("validated"));
    expect(mine(await listed("region=44&q=strasbourg"))).toEqual([]);
  });

  it("combined", async () => {
    expect(mine(await listed(`structure=${structureA}&etat=publiee&etat=en-attente&departement=93`))).toEqual(ids("published"));
    expect(mine(await listed(`structure=${structureA}&etat=brouillon&etat=publiee&q=sommeil`))).toEqual(ids("published"));
    expect(mine(await listed(`structure=${structureB}&supprimees=1&etat=caduque`))).toEqual(ids("deletedExpired"));
  });

  it("junk in the URL is dropped, never an error", async () => {
    expect(mine(await listed("etat=nimporte&structure=pas-un-id&departement=<script>&page=-3&places=abc"))).toEqual(ids("published", "pending", "validated"));
  });
});

describe("paging and the CSV (every page)", () => {
  it("lists 20 a page while the CSV holds every row of the filter", async () => {
    const structure = await createStructure(db, { name: "Ville de Montreuil" });
    for (let i = 0; i < 23; i++) await createOfferInState(db, structure.id, "PUBLISHED", { name: `Atelier ${i} ; "quartier"` });
    const options = await listRegionOfferFilterOptions(IDF);
    const filters = resolveAdminOfferFilters(parseAdminOfferFilters({ structure: structure.id, page: "2" }), IDF, options);
    const page = await listRegionOffers(IDF, filters);
    expect(page).toMatchObject({ total: 23, page: 2, pageCount: 2 });
    expect(page.rows).toHaveLength(3);
    expect(page.rows[0]).toMatchObject({ structureName: "Ville de Montreuil", state: "PUBLISHED" });

    await as(adminIdf);
    const response = await csv(`structure=${structure.id}&page=2`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(`offres-region-11-${TODAY}.csv`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the byte-order mark.
    const text = new TextDecoder().decode(bytes);
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(24);
    expect(lines[0]).toBe(
      '"N° de l\'offre";"Nom de l\'offre";"Structure";"État";"Supprimée";"Structure d\'accueil";"Commune";"Département";"Type de terrain d\'action";"Thématiques";"Nombre de places";"Début de publication";"Fin de publication";"Dernière modification";"Email pour candidater"',
    );
    expect(text).toContain('"Atelier 7 ; ""quartier""";"Ville de Montreuil";"Publiée";"non"');
  });

  it("refuses the logged out (401) and whoever is not a regional admin (403); another région's offers never appear", async () => {
    await as(null);
    expect((await csv("")).status).toBe(401);
    await as(await createUser(db, { permissions: ["VALIDEUR", "ADMIN"] }));
    expect((await csv("")).status).toBe(403);
    const grandEst = await createOfferInState(db, (await createStructure(db, { regionCode: GRAND_EST })).id, "PUBLISHED", {
      regionCode: GRAND_EST,
      name: "Offre de Nancy",
    });
    await as(adminIdf);
    expect(await (await csv("q=Nancy")).text()).not.toContain("Offre de Nancy");
    await as(adminGrandEst);
    expect(await (await csv("q=Nancy")).text()).toContain(`"${grandEst.id}";"Offre de Nancy"`);
  });
});

describe("consultation of one offer", () => {
  it("any offer of the région, deleted ones included; another région's → not found on the page, the PDF and its documents", async () => {
    const structure = await createStructure(db);
    const deleted = await createOfferInState(db, structure.id, "PENDING", { deletedAt: new Date() });
    const file = await attachFile(db, deleted.id);
    const document = () => documentRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: String(deleted.id), fileId: file.id }) });
    expect(await getRegionOffer(IDF, deleted.id)).toMatchObject({ offer: { id: deleted.id, state: "PENDING" }, structureName: structure.name });
    expect(await getRegionOffer(GRAND_EST, deleted.id)).toBeNull();

    await as(adminGrandEst);
    await expect(RegionOfferPage({ params: Promise.resolve({ id: String(deleted.id) }) })).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    const pdf = await pdfRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: String(deleted.id) }) });
    expect(pdf.status).toBe(404);
    expect((await document()).status).toBe(404);

    await as(adminIdf);
    expect(await RegionOfferPage({ params: Promise.resolve({ id: String(deleted.id) }) })).toBeTruthy();
    const ok = await pdfRoute.GET(new Request("http://localhost/x"), { params: Promise.resolve({ id: String(deleted.id) }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("application/pdf");
    const download = await document();
    expect(download.headers.get("content-disposition")).toContain("programme.pdf");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF_BYTES);
    await as(null);
    expect((await document()).status).toBe(401);
  });
});

describe("« Restaurer l'offre »", () => {
  let structureId: string;
  let validator: User;

  beforeAll(async () => {
    structureId = (await createStructure(db)).id;
    validator = await createUser(db, { structureId, permissions: ["VALIDEUR"], firstName: "Marc", lastName: "Petit" });
  });

  it("deleted by its structure, restored by the admin: published again, with history, activity and a fresh catalogue", async () => {
    const offer = await createOfferInState(db, structureId, "PUBLISHED", { name: "Gestes qui sauvent au lycée" });
    await as(validator);
    expect(await deleteOfferAction({ offerId: offer.id })).toMatchObject({ ok: true });
    expect(await getPublicOffer(offer.id, TODAY)).toBeNull();

    cache.expired = [];
    await as(adminIdf);
    expect(await restoreOfferAction({ offerId: offer.id })).toEqual({ ok: true, data: { state: "PUBLISHED" } });
    const [row] = await db.select().from(offers).where(eq(offers.id, offer.id));
    expect(row).toMatchObject({ state: "PUBLISHED", deletedAt: null, deletedById: null });
    expect(await history(offer.id)).toEqual([
      ["delete", "PUBLISHED", "PUBLISHED"],
      ["restore", "PUBLISHED", "PUBLISHED"],
    ]);
    const activity = one(
      await db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.subjectId, String(offer.id)), eq(activityLog.action, "offer.restored"))),
    );
    expect(activity).toMatchObject({ actorId: adminIdf.id, structureId, regionCode: IDF });
    expect(activity.summary).toContain("Agnès Roux (administration régionale) a restauré l'offre « Gestes qui sauvent au lycée »");
    expect(cache.expired).toContain(offer.id);
    // Visible again in the catalogue's own queries.
    expect(await getPublicOffer(offer.id, TODAY)).not.toBeNull();
    expect((await searchPublicOffers({ ...EMPTY_FILTERS, q: "gestes sauvent lycée" }, TODAY)).cards.map((card) => card.id)).toContain(offer.id);
  });

  it("puts back the previous state: a draft stays a draft (cache untouched), a validated offer whose start passed is published", async () => {
    const draft = await createOfferInState(db, structureId, "DRAFT", { deletedAt: new Date(), deletedById: validator.id });
    const validated = await createOfferInState(db, structureId, "VALIDATED", {
      publicationStart: "2026-05-10",
      publicationEnd: "2026-07-31",
      deletedAt: new Date(),
    });
    cache.expired = [];
    await as(adminIdf);
    expect(await restoreOfferAction({ offerId: draft.id })).toEqual({ ok: true, data: { state: "DRAFT" } });
    expect(await history(draft.id)).toEqual([["restore", "DRAFT", "DRAFT"]]);
    expect(cache.expired).toEqual([]);
    expect(await restoreOfferAction({ offerId: String(validated.id) as unknown as number })).toEqual({ ok: true, data: { state: "PUBLISHED" } });
    expect(await history(validated.id)).toEqual([["restore", "VALIDATED", "PUBLISHED"]]);
    expect(cache.expired).toEqual([validated.id]);
  });

  it("refuses, changing nothing: another région's offer (not found), an offer not deleted, logged out, offerers, institutions, junk", async () => {
    const grandEst = await createOfferInState(db, (await createStructure(db, { regionCode: GRAND_EST })).id, "PUBLISHED", {
      regionCode: GRAND_EST,
      deletedAt: new Date(),
    });
    const live = await createOfferInState(db, structureId, "PUBLISHED");
    const deleted = await createOfferInState(db, structureId, "PUBLISHED", { deletedAt: new Date() });
    const before = await snapshotOfferTables();

    await as(adminIdf);
    expect(await restoreOfferAction({ offerId: grandEst.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await restoreOfferAction({ offerId: live.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await restoreOfferAction({ offerId: 2_000_000_000 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await restoreOfferAction({ offerId: "abc" as unknown as number })).toMatchObject({ ok: false, code: "INVALID" });
    await as(null);
    expect(await restoreOfferAction({ offerId: deleted.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await as(validator);
    expect(await restoreOfferAction({ offerId: deleted.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(await createUser(db, { structureId, permissions: ["ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"] }));
    expect(await restoreOfferAction({ offerId: deleted.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(await createUser(db, { kind: "INSTITUTION" }));
    expect(await restoreOfferAction({ offerId: deleted.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // The factory users above add rows to users only.
    expect(await snapshotOfferTables()).toEqual(before);
    await as(adminGrandEst);
    expect(await restoreOfferAction({ offerId: deleted.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotOfferTables()).toEqual(before);
  });
});
