import Link from "next/link";
import { OfferStateBadge } from "@/components/offers/offer-state-badge";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { StructureMemberRow, StructureOfferRow } from "@/lib/structures/admin/queries";
import { PermissionList } from "@/components/users/permission-list";
import { formatDateFr, formatDateTimeFr } from "@/lib/core/dates/paris";
import { MemberActions } from "./member-actions";
import { publicationDatesCell } from "@/lib/offers/publication-text";
import { formatPhone } from "@/lib/core/validation/phone";

/** The structure's accounts: who they are, what they may do, whether they can log in. */
export function StructureMembersTable({ members }: { members: StructureMemberRow[] }) {
  if (members.length === 0) return <p>Aucun utilisateur.</p>;
  return (
    <Table caption={`Utilisateurs de la structure (${members.length})`} captionHidden>
      <thead>
        <tr>
          <Th>Prénom</Th>
          <Th>Nom</Th>
          <Th>Email et téléphone</Th>
          <Th>Fonction</Th>
          <Th>Permissions</Th>
          <Th>État</Th>
          <Th>Créé le</Th>
          <Th>Dernière connexion</Th>
          <Th>Actions</Th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.id}>
            <Td>{member.firstName}</Td>
            <Td>{member.lastName}</Td>
            <Td>
              <span className="break-words">{member.email}</span>
              {member.phone && <span className="block whitespace-nowrap">{formatPhone(member.phone)}</span>}
            </Td>
            <Td>{member.jobTitle ?? "—"}</Td>
            <Td>
              <PermissionList permissions={member.permissions} />
            </Td>
            <Td>
              {member.frozenAt ? (
                <Badge tone="neutral" size="sm">
                  Gelé
                </Badge>
              ) : member.isPending ? (
                <Badge tone="info" size="sm">
                  En attente d&apos;activation
                </Badge>
              ) : (
                <Badge tone="success" size="sm">
                  Actif
                </Badge>
              )}
            </Td>
            <Td className="whitespace-nowrap">{formatDateFr(member.createdAt)}</Td>
            <Td className="whitespace-nowrap">{member.lastLoginAt ? formatDateTimeFr(member.lastLoginAt) : "Jamais"}</Td>
            <Td>
              <MemberActions
                member={{
                  id: member.id,
                  name: `${member.firstName} ${member.lastName}`,
                  email: member.email,
                  isAdmin: member.permissions.includes("ADMIN"),
                  isFrozen: member.frozenAt !== null,
                  isPending: member.isPending,
                  hasSecondFactor: member.hasSecondFactor,
                }}
              />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The structure's offers, each a link to the admin's offer page. */
export function StructureOffersTable({ offers }: { offers: StructureOfferRow[] }) {
  if (offers.length === 0) return <p>Aucune offre.</p>;
  return (
    <Table caption={`Offres de la structure (${offers.length})`} captionHidden>
      <thead>
        <tr>
          <Th>N° de l&apos;offre</Th>
          <Th>Nom de l&apos;offre</Th>
          <Th>État</Th>
          <Th>Dates de publication</Th>
          <Th>Catalogue public</Th>
        </tr>
      </thead>
      <tbody>
        {offers.map((offer) => (
          <tr key={offer.id}>
            <Td>{offer.id}</Td>
            <Td>
              <Link href={`/admin/offres/${offer.id}`}>{offer.name}</Link>
            </Td>
            <Td>
              <OfferStateBadge state={offer.state} />
            </Td>
            <Td>{publicationDatesCell(offer.publicationStart, offer.publicationEnd)}</Td>
            <Td>{offer.isPublic ? "Visible" : "Non visible"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

type HistoryRow = { id: number; summary: string; details: Record<string, unknown> | null; createdAt: Date; actorName: string | null };

/** The activity log about the structure: who did what, when; a freeze shows its reason. */
export function StructureHistory({ entries }: { entries: HistoryRow[] }) {
  if (entries.length === 0) return <p>Aucune activité enregistrée.</p>;
  return (
    <Table caption="Historique de la structure" captionHidden>
      <thead>
        <tr>
          <Th>Date</Th>
          <Th>Action</Th>
          <Th>Par</Th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <Td className="whitespace-nowrap">{formatDateTimeFr(entry.createdAt)}</Td>
            <Td>
              {entry.summary}
              {typeof entry.details?.reason === "string" && (
                <span className="block text-sm whitespace-pre-line text-grey-200">Motif : {entry.details.reason}</span>
              )}
            </Td>
            <Td>{entry.actorName ?? "Automatique"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
