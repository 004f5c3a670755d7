import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActivityList } from "@/components/space/activity-list";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { TextField } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { requireUser, structureIdOf } from "@/lib/core/auth/guards";
import { can, homeFor } from "@/lib/core/auth/permissions";
import { countStructureActivity, listStructureActivity } from "@/lib/offers/queries";
import { ACTIVITY_KINDS, ACTIVITY_PAGE_SIZE, activityHref, parseActivityFilters } from "@/lib/structures/activity-filters";

export const metadata: Metadata = { title: "Toute l'activité" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * « Toute l'activité » (docs/produit.md#espace-offreur): the structure's whole activity log, latest first, 50 a page, filtered by
 * kind and by Paris days in the URL; « Activité » shows the latest 12 and links here.
 */
export default async function AllActivityPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "space.activity")) redirect(homeFor(user));
  const structureId = structureIdOf(user);
  const { filters, errors, raw } = parseActivityFilters(await searchParams);
  const query = { kind: filters.kind, from: filters.from, to: filters.to };
  const total = await countStructureActivity(structureId, query);
  const pageCount = Math.max(1, Math.ceil(total / ACTIVITY_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const entries = await listStructureActivity(structureId, { ...query, limit: ACTIVITY_PAGE_SIZE, offset: (page - 1) * ACTIVITY_PAGE_SIZE });
  const active = Boolean(filters.kind || raw.du || raw.au);

  return (
    <>
      <Breadcrumb items={[{ label: "Activité", href: "/espace" }, { label: "Toute l'activité" }]} />
      <h1>Toute l&apos;activité</h1>
      <FilterForm action="/espace/activite" label="Filtrer l'activité" active={active}>
        <FilterSelect
          label="Sorte"
          name="sorte"
          value={filters.kind}
          placeholder="Toutes"
          width="w-56"
          options={Object.entries(ACTIVITY_KINDS).map(([value, kind]) => ({ value, label: kind.label }))}
        />
        <TextField label="Du" name="du" type="date" defaultValue={raw.du} error={errors.du} groupClassName="mb-0 w-48" />
        <TextField label="Au" name="au" type="date" defaultValue={raw.au} error={errors.au} groupClassName="mb-0 w-48" />
      </FilterForm>
      <p role="status">
        {total === 0 ? "Aucune action" : `${total.toLocaleString("fr-FR")} action${total > 1 ? "s" : ""}`}
        {active ? " pour ces filtres" : ""}, des plus récentes aux plus anciennes.
      </p>
      {entries.length > 0 && <ActivityList entries={entries} linkOffers={can(user, "offer.view")} label="Actions de la structure" />}
      <Pagination page={page} pageCount={pageCount} hrefFor={(target) => activityHref(filters, target)} className="mt-8" />
    </>
  );
}
