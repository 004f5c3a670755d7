import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { PeriodForm } from "@/components/availability/period-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireUser } from "@/lib/core/auth/guards";
import { loadPeriodFormOptions, periodFormDefaults } from "@/lib/availability/form-data";
import { getInstitutionSummary } from "@/lib/availability/queries";

export const metadata: Metadata = { title: "Déclarer une période de disponibilité" };

export default async function NewPeriodPage() {
  const user = await requireUser("availability.manage");
  if (!user.institutionId) forbidden();
  const institution = await getInstitutionSummary(user.institutionId);
  if (!institution) forbidden();
  const options = await loadPeriodFormOptions(institution.regionCode);
  return (
    <>
      <Breadcrumb items={[{ label: "Disponibilités", href: "/espace/disponibilites" }, { label: "Déclarer une période" }]} />
      <h1>Déclarer une période de disponibilité</h1>
      <p>Vous pourrez ensuite exclure des dates (examens, congés) et voir les offres publiées qui correspondent.</p>
      <PeriodForm {...options} defaults={periodFormDefaults(null, institution.departmentCode)} />
    </>
  );
}
