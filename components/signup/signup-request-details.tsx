import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { getDepartment } from "@/lib/core/geo/territories";
import type { SignupRequestView } from "@/lib/signups/queries";
import { formatPhone } from "@/lib/core/validation/phone";

/** One line of a description list of what a structure typed (also the admin's structure page): term beside value only when the list (a @container) is wide enough, so that a card never squeezes the value into a narrow column. */
export function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-grey-900 py-2 @xl:grid-cols-[minmax(8rem,14rem)_1fr] @xl:gap-4">
      <dt className="font-bold text-grey-50">{term}</dt>
      <dd className="m-0 break-words text-grey-200">{children}</dd>
    </div>
  );
}

const formatSiren = (siren: string) => siren.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3");

type StructureFields = Omit<SignupRequestView["data"]["structure"], "communeCode" | "regionCode" | "offererTypeId">;

/** The rows of sign-up step 1, as typed in a request or as a structure keeps them (the admin's structure page). */
export function StructureRows({
  structure,
  offererTypeLabel,
  logoUrl,
}: {
  structure: StructureFields;
  offererTypeLabel: string | null;
  logoUrl: string | null;
}) {
  const department = getDepartment(structure.departmentCode);
  return (
    <>
      <Row term="Type d'offreur">{offererTypeLabel ?? "—"}</Row>
      <Row term="Raison sociale">{structure.name}</Row>
      <Row term="SIREN">{formatSiren(structure.siren)}</Row>
      <Row term="Adresse">
        {structure.street}
        {structure.addressComplement && <>, {structure.addressComplement}</>}
        <br />
        {structure.postalCode} {structure.communeName}
        <br />
        <span className="text-sm">{department ? `${department.name} (${department.code})` : structure.departmentCode}</span>
      </Row>
      <Row term="Représentant légal">
        {structure.legalRepCivility} {structure.legalRepFirstName} {structure.legalRepLastName}, {structure.legalRepFunction}
      </Row>
      <Row term="Description">
        <span className="whitespace-pre-line">{structure.description}</span>
      </Row>
      <Row term="Logo">
        {/* eslint-disable-next-line @next/next/no-img-element -- a private image behind the admin's session */}
        {logoUrl ? <img src={logoUrl} alt={`Logo de ${structure.name}`} className="max-h-24 max-w-48 border border-grey-900 object-contain p-1" /> : "Aucun"}
      </Row>
    </>
  );
}

/** Warnings for the moderator (docs/produit.md#inscription-dun-offreur): what suggests a duplicate or an existing account. */
export function SignupWarnings({ request }: { request: SignupRequestView }) {
  const { sirenKnown, emailKnown, similarNames } = request.warnings;
  if (!sirenKnown && !emailKnown && similarNames.length === 0) return null;
  return (
    <Alert tone="warning" title="Points à vérifier avant de décider" titleAs="h3" size="sm">
      <ul className="m-0 list-disc pl-5">
        {sirenKnown && <li>Ce SIREN est déjà connu : une structure inscrite ou une autre demande en attente le porte.</li>}
        {emailKnown && <li>Cette adresse email est déjà connue : un compte ou une autre demande en attente l&apos;utilise.</li>}
        {similarNames.length > 0 && <li>Nom proche d&apos;une structure de la région : {similarNames.map((name) => `« ${name} »`).join(", ")}.</li>}
      </ul>
    </Alert>
  );
}

/** Everything the requester typed, in the order of the two steps. */
export function SignupRequestDetails({ request, logoUrl }: { request: SignupRequestView; logoUrl?: string }) {
  const { structure, admin } = request.data;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-label={`Structure : ${structure.name}`}>
        <h3 className="text-lg">Informations structure offreuse</h3>
        <dl className="@container m-0">
          <StructureRows structure={structure} offererTypeLabel={request.offererTypeLabel} logoUrl={request.logo && logoUrl ? logoUrl : null} />
        </dl>
      </section>
      <section aria-label={`Compte administrateur : ${admin.firstName} ${admin.lastName}`}>
        <h3 className="text-lg">Informations du compte administrateur</h3>
        <dl className="@container m-0">
          <Row term="Prénom et nom">
            {admin.firstName} {admin.lastName}
          </Row>
          <Row term="Fonction">{admin.jobTitle}</Row>
          <Row term="Email">{admin.email}</Row>
          <Row term="Téléphone">{formatPhone(admin.phone)}</Row>
          <Row term="Demande reçue le">{formatDateTimeFr(request.createdAt)}</Row>
        </dl>
      </section>
    </div>
  );
}
