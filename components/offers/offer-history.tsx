import { Table, Th } from "@/components/ui/table";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { HISTORY_ACTION_LABELS, OFFER_STATE_LABELS } from "@/lib/offers/labels";
import type { HistoryEntry } from "@/lib/offers/queries";

/** « Historique » of an offer (docs/produit.md#suppression-et-historique): every state change, who, when, from, to, comment. */
export function OfferHistory({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p>Aucun changement enregistré.</p>;
  return (
    <Table caption="Historique de l'offre" captionHidden>
      <thead>
        <tr>
          <Th>Date</Th>
          <Th>Action</Th>
          <Th>Par</Th>
          <Th>État avant</Th>
          <Th>État après</Th>
          <Th>Commentaire</Th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="whitespace-nowrap">{formatDateTimeFr(entry.at)}</td>
            <td>{HISTORY_ACTION_LABELS[entry.action] ?? entry.action}</td>
            <td>{entry.actorName ?? "Automatique (dates de publication)"}</td>
            <td>{entry.fromState ? OFFER_STATE_LABELS[entry.fromState] : "—"}</td>
            <td>{OFFER_STATE_LABELS[entry.toState]}</td>
            <td className="whitespace-pre-line">{entry.comment ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
