import { Table } from "@/components/ui/table";
import { monthLabel } from "@/lib/availability/describe";
import type { DemandSummary } from "@/lib/availability/matching";
import { getDepartment } from "@/lib/core/geo/territories";

/**
 * For the ARS: where students are declared and places are missing, per département and month
 * (docs/produit.md#disponibilites-et-calendrier: students declared against places offered).
 */
export function DemandSummaryTable({ summary }: { summary: DemandSummary }) {
  return (
    <section aria-labelledby="titre-bilan" className="mt-10">
      <h2 id="titre-bilan">Étudiants déclarés et places offertes</h2>
      <p className="text-sm">
        Par département d&apos;accueil : étudiants des périodes déclarées (une cohorte compte dans chaque département où elle peut aller) et places des offres
        publiées aujourd&apos;hui dont la période couvre le mois.
      </p>
      <Table caption="Étudiants déclarés et places offertes, par département et par mois" captionHidden>
        <thead>
          <tr>
            <th scope="col">Département</th>
            {summary.months.map((month) => (
              <th key={month} scope="col" className="first-letter:uppercase">
                {monthLabel(month)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.rows.map((row) => (
            <tr key={row.departmentCode}>
              <th scope="row">
                {getDepartment(row.departmentCode)?.name ?? row.departmentCode} ({row.departmentCode})
              </th>
              {row.cells.map((cell, index) => {
                const missing = cell.students - cell.places;
                return (
                  <td key={summary.months[index]}>
                    {cell.students.toLocaleString("fr-FR")} étudiant{cell.students > 1 ? "s" : ""} / {cell.places.toLocaleString("fr-FR")} place
                    {cell.places > 1 ? "s" : ""}
                    {missing > 0 && (
                      <span className="block text-xs font-bold text-warning">
                        {missing.toLocaleString("fr-FR")} place{missing > 1 ? "s" : ""} manquante{missing > 1 ? "s" : ""}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
