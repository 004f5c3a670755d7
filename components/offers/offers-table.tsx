import Link from "next/link";
import { Table, Th } from "@/components/ui/table";
import type { SessionUser } from "@/lib/core/auth/session";
import { deleteOfferAction } from "@/lib/offers/actions";
import type { SpaceOfferRow } from "@/lib/offers/queries";
import { isAllowed } from "@/lib/offers/workflow";
import { ConfirmActionButton } from "./confirm-action-button";
import { OfferStateBadge } from "./offer-state-badge";
import { publicationDatesCell } from "@/lib/offers/publication-text";

const REVISION_NOTE = {
  DRAFT: "Modification en cours",
  PENDING: "Modification en attente de validation",
  SENT_BACK: "Modification renvoyée pour correction",
} as const;

/** The table of « Offres » (docs/produit.md#espace-offreur): N°, nom, type de terrain, état, dates, actions allowed to this user. */
export function OffersTable({ rows, user, today, caption }: { rows: SpaceOfferRow[]; user: SessionUser; today: string; caption: string }) {
  return (
    <Table caption={caption} captionHidden cards>
      <thead>
        <tr>
          <Th>N° de l&apos;offre</Th>
          <Th>Nom de l&apos;offre</Th>
          <Th>Type de terrain d&apos;action</Th>
          <Th>État</Th>
          <Th>Dates de publication</Th>
          <Th>Places</Th>
          <Th>Actions</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <OfferRow key={row.id} row={row} user={user} today={today} />
        ))}
      </tbody>
    </Table>
  );
}

/** One offer of the table: its name and site, its state with what waits on it, its dates and places. */
function OfferRow({ row, user, today }: { row: SpaceOfferRow; user: SessionUser; today: string }) {
  const canEdit = isAllowed("edit", row, user, today);
  const revisionNote = row.revisionState && row.revisionState in REVISION_NOTE ? REVISION_NOTE[row.revisionState as keyof typeof REVISION_NOTE] : null;
  return (
    <tr>
      <td data-label="N° de l'offre">{row.id}</td>
      <td data-label="Nom de l'offre">
        <Link href={`/espace/offres/${row.id}`}>{row.name}</Link>
        {row.hostSiteName && <span className="block text-xs text-grey-425">{row.hostSiteName}</span>}
      </td>
      <td data-label="Type de terrain d'action">{row.fieldTypeLabel ?? "—"}</td>
      <td data-label="État">
        <OfferStateBadge state={row.state} />
        {row.sentBack && (
          // The reviewer's comment is on the offer's page, one click away.
          <Link
            href={`/espace/offres/${row.id}#a-corriger`}
            className="mt-1 block text-xs font-bold"
            aria-label={`À corriger : lire le commentaire sur l'offre n° ${row.id}`}
          >
            À corriger
          </Link>
        )}
        {revisionNote &&
          (row.revisionState === "SENT_BACK" ? (
            <Link href={`/espace/offres/${row.id}#a-corriger`} className="mt-1 block text-xs">
              {revisionNote}
            </Link>
          ) : (
            <span className="mt-1 block text-xs text-grey-425">{revisionNote}</span>
          ))}
      </td>
      <td data-label="Dates de publication">{publicationDatesCell(row.publicationStart, row.publicationEnd)}</td>
      <td data-label="Places">{row.places ?? "—"}</td>
      <td data-label="Actions">
        <OfferRowActions row={row} canEdit={canEdit} canDelete={isAllowed("delete", row, user, today)} />
      </td>
    </tr>
  );
}

/** « Modifier » or « Consulter », the PDF, and « Supprimer » when the workflow allows it. */
function OfferRowActions({ row, canEdit, canDelete }: { row: SpaceOfferRow; canEdit: boolean; canDelete: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
      {canEdit ? (
        <Link href={`/espace/offres/${row.id}?etape=1`} aria-label={`Modifier l'offre n° ${row.id}`}>
          Modifier
        </Link>
      ) : (
        <Link href={`/espace/offres/${row.id}`} aria-label={`Consulter l'offre n° ${row.id}`}>
          Consulter
        </Link>
      )}
      <a href={`/espace/offres/${row.id}/pdf`} aria-label={`Fiche PDF de l'offre n° ${row.id}`}>
        PDF
      </a>
      {canDelete && (
        <ConfirmActionButton
          offerId={row.id}
          label="Supprimer"
          ariaLabel={`Supprimer l'offre n° ${row.id}`}
          title="Supprimer cette offre ?"
          description={`L'offre n° ${row.id} « ${row.name} » sera retirée de la liste. Un administrateur régional peut la récupérer si besoin.`}
          confirmLabel="Supprimer l'offre"
          variant="tertiary"
          confirmVariant="danger"
          action={deleteOfferAction}
        />
      )}
    </div>
  );
}
