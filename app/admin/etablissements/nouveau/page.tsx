import type { Metadata } from "next";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { loadInstitutionFormOptions } from "@/lib/institutions/form-data";

export const metadata: Metadata = { title: "Nouvel établissement" };

export default async function NewInstitutionPage() {
  const user = await requireUser("institutions.manage");
  const options = await loadInstitutionFormOptions(regionOf(user));
  return (
    <>
      <Breadcrumb items={[{ label: "Établissements", href: "/admin/etablissements" }, { label: "Nouvel établissement" }]} />
      <h1>Nouvel établissement</h1>
      <p>Vous pourrez ensuite lui créer des utilisateurs : chacun reçoit un lien d&apos;activation par courriel.</p>
      <InstitutionForm {...options} defaults={{ name: "", typeId: "", departmentCode: "" }} />
    </>
  );
}
