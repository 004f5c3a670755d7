import Link from "next/link";
import { OfferStateBadge } from "@/components/offers/offer-state-badge";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { RegionOfferRow } from "@/lib/offers/admin/queries";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { publicationDatesCell } from "@/lib/offers/publication-text";

/** The région's offers, one row each: what an admin needs to find one and open it. */
export function RegionOffersTable({ rows, caption }: { rows: RegionOfferRow[]; caption: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>N°</Th>
          <Th>Nom de l&apos;offre</Th>
          <Th>Structure</Th>
          <Th>État</Th>
          <Th>Dates de publication</Th>
          <Th>Places</Th>
          <Th>Dernière modification</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <Td>{row.id}</Td>
            <Td>
              <Link href={`/admin/offres/${row.id}`}>{row.name}</Link>
            </Td>
            <Td>{row.structureName}</Td>
            <Td>
              <span className="flex flex-col items-start gap-1">
                <OfferStateBadge state={row.state} />
                {row.deletedAt && (
                  <Badge tone="error" size="sm">
                    Supprimée
                  </Badge>
                )}
              </span>
            </Td>
            <Td>{publicationDatesCell(row.publicationStart, row.publicationEnd)}</Td>
            <Td>{row.places ?? "—"}</Td>
            <Td>{formatDateTimeFr(row.updatedAt)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
