"use client";

import { StructureAccountForm } from "@/components/structures/structure-account-form";
import type { SelectOption } from "@/components/ui/field";
import { updateAdminStructureAction } from "@/lib/structures/admin/actions";
import type { SignupStructureInput } from "@/lib/signups/schemas";

type Props = { structureId: string; defaults: SignupStructureInput; offererTypes: SelectOption[]; currentLogoUrl: string | null };

/** « Mon compte offreur »'s own form, sent through the regional admin's action with the structure's id. */
export function AdminStructureForm({ structureId, ...props }: Props) {
  return (
    <StructureAccountForm
      {...props}
      save={(data) => {
        data.set("structureId", structureId);
        return updateAdminStructureAction(data);
      }}
      savedText="Les informations de la structure sont à jour, y compris sur ses offres publiées."
    />
  );
}
