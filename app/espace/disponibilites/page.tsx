import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { Table } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/guards";
import { getInstitutionName, listInstitutionPeriods } from "@/lib/availability/queries";
import { formatDateFr } from "@/lib/dates/paris";

export const metadata: Metadata = { title: "Disponibilités des étudiants" };

const MODALITY_LABELS = { CONTINUOUS: "En continu", SPLIT: "En fractionné" } as const;

/** The institution user's periods (SPEC §7), always those of their own institution. */
export default async function AvailabilityPage() {
  const user = await requireUser("availability.manage");
  if (!user.institutionId) forbidden();
  const [institutionName, periods] = await Promise.all([getInstitutionName(user.institutionId), listInstitutionPeriods(user.institutionId)]);

  return (
    <>
      <h1>Disponibilités des étudiants</h1>
      <p className="text-lg">{institutionName}</p>
      {periods.length === 0 ? (
        <p>Aucune période de disponibilité n&apos;est déclarée pour le moment.</p>
      ) : (
        <Table caption={`Périodes déclarées (${periods.length})`}>
          <thead>
            <tr>
              <th scope="col">Discipline</th>
              <th scope="col">Promotion</th>
              <th scope="col">Étudiants</th>
              <th scope="col">Période</th>
              <th scope="col">Modalité</th>
              <th scope="col">Départements</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => (
              <tr key={period.id}>
                <td>{period.discipline}</td>
                <td>{period.promotion ?? "—"}</td>
                <td>{period.studentCount}</td>
                <td>
                  du {formatDateFr(period.startDate)} au {formatDateFr(period.endDate)}
                </td>
                <td>{MODALITY_LABELS[period.modality]}</td>
                <td>{period.departmentCodes.join(", ") || "—"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
