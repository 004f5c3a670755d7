import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StructureAccountForm } from "@/components/structures/structure-account-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireUser, structureIdOf } from "@/lib/core/auth/guards";
import { listOffererTypes } from "@/lib/signups/queries";
import { structureFormDefaults } from "@/lib/structures/form-defaults";
import { getStructureAccount } from "@/lib/structures/queries";

export const metadata: Metadata = { title: "Mon compte offreur" };

/** « Mon compte offreur » (docs/produit.md#espace-offreur, guide IDF « Ma structure »): the ADMIN edits the structure. */
export default async function StructureAccountPage() {
  const user = await requireUser("structure.edit");
  const [structure, offererTypes] = await Promise.all([getStructureAccount(structureIdOf(user)), listOffererTypes(structureIdOf(user))]);
  if (!structure) notFound();
  const defaults = structureFormDefaults(structure);
  return (
    <>
      <Breadcrumb items={[{ label: "Activité", href: "/espace" }, { label: "Mon compte offreur" }]} />
      <h1>Ma structure</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Dans cette rubrique vous pouvez modifier les informations de votre compte offreur et de sa description. La raison sociale, le logo et la description
        apparaissent sur vos offres publiées.
      </p>
      <StructureAccountForm
        defaults={defaults}
        offererTypes={offererTypes}
        currentLogoUrl={structure.logoFileId ? `/espace/structure/logo?v=${structure.logoFileId}` : null}
      />
    </>
  );
}
