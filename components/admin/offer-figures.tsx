import type { ReactNode } from "react";
import { Table } from "@/components/ui/table";
import type { DepartmentFigure, OfferFigure, ThemeFigure } from "@/lib/dashboard/queries";
import { getDepartment, type Department } from "@/lib/core/geo/territories";

const number = (value: number) => value.toLocaleString("fr-FR");

function FigureTable({
  caption,
  rowHeader,
  rows,
  total,
}: {
  caption: string;
  rowHeader: string;
  rows: { key: string; label: ReactNode; figure: OfferFigure }[];
  total?: OfferFigure;
}) {
  return (
    // The section's heading already says it: the caption is for screen readers.
    <Table caption={caption} captionHidden>
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          <th scope="col">Publiées aujourd&apos;hui</th>
          <th scope="col">Déposées (hors brouillons)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="font-normal">
              {row.label}
            </th>
            <td>{number(row.figure.published)}</td>
            <td>{number(row.figure.submitted)}</td>
          </tr>
        ))}
        {total && (
          <tr>
            <th scope="row">Total de la région</th>
            <td className="font-bold">{number(total.published)}</td>
            <td className="font-bold">{number(total.submitted)}</td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}

/** Every département of the région, those without offers too (a zero is a finding for the ARS). */
export function DepartmentFiguresTable({ departments, figures }: { departments: Department[]; figures: DepartmentFigure[] }) {
  const byCode = new Map(figures.map((figure) => [figure.departmentCode ?? "", figure]));
  const codes = [...departments.map((d) => d.code), ...figures.map((f) => f.departmentCode ?? "").filter((code) => !departments.some((d) => d.code === code))];
  const rows = codes.map((code) => ({
    key: code || "none",
    label: code ? `${getDepartment(code)?.name ?? code} (${code})` : "Adresse non renseignée",
    figure: byCode.get(code) ?? { published: 0, submitted: 0 },
  }));
  const total = figures.reduce((sum, f) => ({ published: sum.published + f.published, submitted: sum.submitted + f.submitted }), {
    published: 0,
    submitted: 0,
  });
  return <FigureTable caption="Offres par département" rowHeader="Département" rows={rows} total={total} />;
}

export function ThemeFiguresTable({ figures }: { figures: ThemeFigure[] }) {
  if (figures.length === 0) return <p>Aucune offre déposée dans la région pour l&apos;instant.</p>;
  const rows = figures.map((figure) => ({
    key: String(figure.themeId),
    label: figure.isActive ? figure.label : `${figure.label} (désactivée)`,
    figure,
  }));
  return (
    <>
      <p className="text-sm">Une offre qui porte sur plusieurs thématiques compte dans chacune : les lignes ne s&apos;additionnent pas.</p>
      <FigureTable caption="Offres par thématique" rowHeader="Thématique" rows={rows} />
    </>
  );
}
