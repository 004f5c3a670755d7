import { Table } from "@/components/ui/table";
import type { SheetChange } from "@/lib/offers/sheet/sheet-changes";

/** « Ce qui change »: a pending modification field by field, published value against proposed value (issue 16). */
export function OfferChanges({ changes }: { changes: SheetChange[] }) {
  return (
    <section aria-labelledby="ce-qui-change" className="mb-10" data-testid="offer-changes">
      <h2 id="ce-qui-change" className="text-2xl">
        Ce qui change
      </h2>
      {changes.length === 0 ? (
        <p>Aucun champ ne diffère de la version publiée.</p>
      ) : (
        <Table caption={`Champs modifiés (${changes.length})`} captionHidden cards>
          <thead>
            <tr>
              <th scope="col">Champ</th>
              <th scope="col">Version publiée</th>
              <th scope="col">Modification proposée</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={`${change.section}-${change.label}`}>
                <th scope="row" className="text-left">
                  {change.label}
                  <span className="block text-xs font-normal text-grey-425">{change.section}</span>
                </th>
                <td data-label="Version publiée" className="whitespace-pre-line">
                  {change.published ?? <em>(vide)</em>}
                </td>
                <td data-label="Modification proposée" className="whitespace-pre-line">
                  {change.proposed ?? <em>(vide)</em>}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
