import "server-only";
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { offers, referenceItems, structures, users, type OfferState } from "@/db/schema";
import { dropUnknownValues, PAGE_SIZE } from "@/lib/offers/catalogue/filters";
import { catalogueFilterConditions, listCatalogueReferences, type CatalogueReferences } from "@/lib/offers/catalogue/queries";
import { listDepartments, listRegions, type Department } from "@/lib/core/geo/territories";
import { findConsultedOffer, type SpaceOffer } from "@/lib/offers/queries";
import { inRegion } from "@/lib/offers/visibility";
import { effectiveStates, type AdminOfferFilters } from "./filters";
import { one } from "@/lib/core/rows";

/**
 * Reads of /admin/offres. Every function takes the admin's région and filters on it in SQL
 * (`offers.region_code`, the région of the offer's address: docs/produit.md#donnees-et-conventions), so a forged id, a structure
 * or a département of another région finds nothing.
 */
export type RegionOfferRow = {
  id: number;
  name: string;
  structureName: string;
  state: OfferState;
  deletedAt: Date | null;
  publicationStart: string | null;
  publicationEnd: string | null;
  places: number | null;
  updatedAt: Date;
  hostSiteName: string | null;
  communeName: string | null;
  departmentCode: string | null;
  fieldTypeLabel: string | null;
  themeLabels: string[];
  applicationEmail: string | null;
};

export type RegionOfferPage = { rows: RegionOfferRow[]; total: number; page: number; pageCount: number };

const rowColumns = {
  id: offers.id,
  name: offers.name,
  structureName: structures.name,
  state: offers.state,
  deletedAt: offers.deletedAt,
  publicationStart: offers.publicationStart,
  publicationEnd: offers.publicationEnd,
  places: offers.places,
  updatedAt: offers.updatedAt,
  hostSiteName: offers.hostSiteName,
  communeName: offers.communeName,
  departmentCode: offers.departmentCode,
  fieldTypeLabel: referenceItems.label,
  themeLabels: sql<string[]>`array(select t.label from reference_items t where t.id = any(${offers.themeIds}) order by t.position, t.id)`,
  applicationEmail: offers.applicationEmail,
};

export function regionOfferConditions(regionCode: string, filters: AdminOfferFilters): SQL {
  return and(
    inRegion(regionCode, filters.deleted ? "deleted" : "kept"),
    inArray(offers.state, [...effectiveStates(filters)]),
    filters.structureId ? eq(offers.structureId, filters.structureId) : undefined,
    ...catalogueFilterConditions(filters.catalogue),
  ) as SQL;
}

function selectRows(where: SQL) {
  return db
    .select(rowColumns)
    .from(offers)
    .innerJoin(structures, eq(structures.id, offers.structureId))
    .leftJoin(referenceItems, eq(referenceItems.id, offers.fieldTypeId))
    .where(where)
    .orderBy(desc(offers.updatedAt), desc(offers.id));
}

/** One page (20), the last updated first; a page past the end (an old link) falls back to the last one. */
export async function listRegionOffers(regionCode: string, filters: AdminOfferFilters): Promise<RegionOfferPage> {
  const where = regionOfferConditions(regionCode, filters);
  const pageOf = (page: number) =>
    selectRows(where)
      .limit(PAGE_SIZE)
      .offset((page - 1) * PAGE_SIZE);
  const [{ total }, requested] = await Promise.all([db.select({ total: count() }).from(offers).where(where).then(one), pageOf(filters.page)]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  return { rows: page === filters.page ? requested : await pageOf(page), total, page, pageCount };
}

/** The CSV: the same filters, every page. Capped so that a forged request cannot build a huge file in memory. */
export const EXPORT_LIMIT = 50_000;

export async function exportRegionOffers(regionCode: string, filters: AdminOfferFilters): Promise<RegionOfferRow[]> {
  return selectRows(regionOfferConditions(regionCode, filters)).limit(EXPORT_LIMIT);
}

export type FilterOptions = { references: CatalogueReferences; departments: Department[]; structures: { id: string; name: string }[] };

/** The lists the filters choose from: reference lists, the région's départements and structures. */
export async function listRegionOfferFilterOptions(regionCode: string): Promise<FilterOptions> {
  const [references, structureRows] = await Promise.all([
    listCatalogueReferences(),
    db.select({ id: structures.id, name: structures.name }).from(structures).where(eq(structures.regionCode, regionCode)).orderBy(asc(structures.name)),
  ]);
  return { references, departments: listDepartments(regionCode), structures: structureRows };
}

/** The filters as the list understands them: reference ids and départements that do not exist (or lie outside the région) dropped. */
export function resolveAdminOfferFilters(filters: AdminOfferFilters, regionCode: string, options: FilterOptions): AdminOfferFilters {
  const catalogue = dropUnknownValues(
    { ...filters.catalogue, region: regionCode },
    {
      themes: new Set(options.references.themes.map((item) => item.id)),
      publics: new Set(options.references.publics.map((item) => item.id)),
      fieldTypes: new Set(options.references.fieldTypes.map((item) => item.id)),
      regions: new Set(listRegions().map((region) => region.code)),
      departments: new Map(options.departments.map((department) => [department.code, department.regionCode])),
    },
  );
  const structureId = options.structures.some((structure) => structure.id === filters.structureId) ? filters.structureId : null;
  return { ...filters, catalogue: { ...catalogue, region: null }, structureId };
}

export type RegionOffer = SpaceOffer & { structureName: string; deletedByName: string | null };

/** Any offer of the région, deleted ones included (to be restored), or null. */
export async function getRegionOffer(regionCode: string, offerId: number): Promise<RegionOffer | null> {
  const space = await findConsultedOffer(offerId, inRegion(regionCode, "all"));
  if (!space) return null;
  const [[structure], [deleter]] = await Promise.all([
    db.select({ name: structures.name }).from(structures).where(eq(structures.id, space.offer.structureId)).limit(1),
    space.offer.deletedById
      ? db.select({ firstName: users.firstName, lastName: users.lastName }).from(users).where(eq(users.id, space.offer.deletedById)).limit(1)
      : [],
  ]);
  return { ...space, structureName: structure?.name ?? "", deletedByName: deleter ? `${deleter.firstName} ${deleter.lastName}` : null };
}
