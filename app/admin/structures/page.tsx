import type { Metadata } from "next";
import Link from "next/link";
import { StructureFiltersForm } from "@/components/admin-structures/structure-filters";
import { StructureStatusBadge } from "@/components/admin-structures/structure-status-badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { listRegionStructures, parseStructureFilters, structuresHref } from "@/lib/structures/admin/queries";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { formatDateFr } from "@/lib/core/dates/paris";
import { getRegion } from "@/lib/core/geo/territories";
import { listOffererTypes } from "@/lib/signups/queries";

export const metadata: Metadata = { title: "Structures offreuses" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** « Structures » (docs/produit.md#pouvoirs-de-lars): the offerers of the admin's région, searchable, by name, 20 a page. */
export default async function StructuresPage({ searchParams }: Props) {
  const user = await requireUser("structures.manage");
  const regionCode = regionOf(user);
  const filters = parseStructureFilters(await searchParams);
  const [{ rows, total, pageCount }, offererTypes] = await Promise.all([listRegionStructures(regionCode, filters), listOffererTypes()]);
  const filtered = Boolean(filters.search || filters.offererTypeId || filters.status);

  return (
    <>
      <Breadcrumb items={[{ label: "Administration régionale", href: "/admin" }, { label: "Structures" }]} />
      <h1>Structures offreuses</h1>
      <p className="max-w-3xl text-lg">
        Les structures de la région {getRegion(regionCode)?.name ?? regionCode} qui publient des offres. Une structure gelée ne peut plus se connecter et ses
        offres ne sont plus visibles dans le catalogue public.
      </p>
      <StructureFiltersForm filters={filters} offererTypes={offererTypes} />
      {rows.length === 0 ? (
        <p>{filtered ? "Aucune structure ne correspond à cette recherche." : "Aucune structure pour le moment."}</p>
      ) : (
        <Table caption={`${total} structure${total > 1 ? "s" : ""}`}>
          <thead>
            <tr>
              <Th>Raison sociale</Th>
              <Th>Type d&apos;offreur</Th>
              <Th>Commune</Th>
              <Th>Utilisateurs</Th>
              <Th>
                Offres publiées <span className="font-normal">/ total</span>
              </Th>
              <Th>Créée le</Th>
              <Th>Statut</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <Td>
                  <Link href={`/admin/structures/${row.id}`}>{row.name}</Link>
                </Td>
                <Td>{row.offererTypeLabel}</Td>
                <Td>
                  {row.communeName} <span className="text-sm text-grey-200">({row.departmentName})</span>
                </Td>
                <Td>{row.userCount}</Td>
                <Td>
                  {row.publishedCount} / {row.offerCount}
                </Td>
                <Td className="whitespace-nowrap">{formatDateFr(row.createdAt)}</Td>
                <Td>
                  <StructureStatusBadge frozen={row.frozenAt !== null} />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={filters.page} pageCount={pageCount} hrefFor={(page) => structuresHref(filters, page)} />
    </>
  );
}
