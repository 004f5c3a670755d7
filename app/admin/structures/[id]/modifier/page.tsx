import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminStructureForm } from "@/components/admin-structures/admin-structure-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getRegionStructure } from "@/lib/structures/admin/queries";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { listOffererTypes } from "@/lib/signups/queries";
import { structureFormDefaults } from "@/lib/structures/form-defaults";

export const metadata: Metadata = { title: "Modifier une structure" };

type Props = { params: Promise<{ id: string }> };

/** The regional admin corrects a structure's identity with « Mon compte offreur »'s own form (docs/produit.md#pouvoirs-de-lars). */
export default async function EditStructurePage({ params }: Props) {
  const user = await requireUser("structures.manage");
  const regionCode = regionOf(user);
  const { id } = await params;
  const structure = await getRegionStructure(regionCode, id);
  if (!structure) notFound();
  // The structure's own type stays in the list even if deactivated since (lib/signups/queries.ts).
  const offererTypes = await listOffererTypes(structure.id);
  return (
    <>
      <Breadcrumb
        items={[
          { label: "Administration régionale", href: "/admin" },
          { label: "Structures", href: "/admin/structures" },
          { label: structure.name, href: `/admin/structures/${structure.id}` },
          { label: "Modifier" },
        ]}
      />
      <h1>Modifier la structure</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Corrigez les informations de {structure.name}. La raison sociale, le logo et la description apparaissent sur ses offres publiées ; la structure reste
        dans votre région.
      </p>
      <AdminStructureForm
        structureId={structure.id}
        defaults={structureFormDefaults(structure)}
        offererTypes={offererTypes}
        currentLogoUrl={structure.logoFileId ? `/admin/structures/${structure.id}/logo?v=${structure.logoFileId}` : null}
      />
    </>
  );
}
