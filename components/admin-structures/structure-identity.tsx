import { Row, StructureRows } from "@/components/signup/signup-request-details";
import type { RegionStructure } from "@/lib/structures/admin/queries";
import { formatDateFr } from "@/lib/core/dates/paris";

/** « Informations structure offreuse »: the rows of a sign-up request, as the structure keeps them today. */
export function StructureIdentity({ structure, logoUrl }: { structure: RegionStructure; logoUrl: string | null }) {
  return (
    <dl className="@container m-0 max-w-4xl">
      <StructureRows structure={structure} offererTypeLabel={structure.offererTypeLabel} logoUrl={logoUrl} />
      <Row term="Inscrite le">{formatDateFr(structure.createdAt)}</Row>
    </dl>
  );
}
