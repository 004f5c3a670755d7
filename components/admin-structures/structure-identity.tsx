import { formatSiren, Row } from "@/components/signup/signup-request-details";
import type { RegionStructure } from "@/lib/admin-structures/queries";
import { formatDateFr } from "@/lib/dates/paris";

/** « Informations structure offreuse »: every field of sign-up step 1, as the structure keeps them today. */
export function StructureIdentity({ structure, logoUrl }: { structure: RegionStructure; logoUrl: string | null }) {
  return (
    <dl className="m-0 max-w-4xl">
      <Row term="Type d'offreur">{structure.offererTypeLabel}</Row>
      <Row term="Raison sociale">{structure.name}</Row>
      <Row term="Siren">{formatSiren(structure.siren)}</Row>
      <Row term="Adresse">
        {structure.street}
        {structure.addressComplement && <>, {structure.addressComplement}</>}
        <br />
        {structure.postalCode} {structure.communeName}
        <br />
        <span className="text-sm">
          {structure.departmentName} ({structure.departmentCode})
        </span>
      </Row>
      <Row term="Représentant légal (signataire des conventions)">
        {structure.legalRepCivility} {structure.legalRepFirstName} {structure.legalRepLastName}, {structure.legalRepFunction}
      </Row>
      <Row term="Description de l'offreur">
        <span className="whitespace-pre-line">{structure.description}</span>
      </Row>
      <Row term="Logo de la structure">
        {/* eslint-disable-next-line @next/next/no-img-element -- a private image behind the admin's session */}
        {logoUrl ? <img src={logoUrl} alt={`Logo de ${structure.name}`} className="max-h-24 max-w-48 border border-grey-900 object-contain p-1" /> : "Aucun"}
      </Row>
      <Row term="Inscrite le">{formatDateFr(structure.createdAt)}</Row>
    </dl>
  );
}
