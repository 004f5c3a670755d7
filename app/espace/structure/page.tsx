import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StructureAccountForm } from "@/components/structures/structure-account-form";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireUser, structureIdOf } from "@/lib/auth/guards";
import type { SignupStructureInput } from "@/lib/signups/schemas";
import { listOffererTypes } from "@/lib/signups/queries";
import { getStructureAccount } from "@/lib/structures/queries";

export const metadata: Metadata = { title: "Mon compte offreur" };

// The demo data and rows written outside the sign-up say « Mme » / « M. »; the form offers the sign-up's words.
const CIVILITY_ALIASES: Record<string, SignupStructureInput["legalRepCivility"]> = { Mme: "Madame", "M.": "Monsieur", M: "Monsieur" };

/** « Mon compte offreur » (SPEC §4, seed 000 « Ma structure »): the ADMIN edits the structure. */
export default async function StructureAccountPage() {
  const user = await requireUser("structure.edit");
  const [structure, offererTypes] = await Promise.all([getStructureAccount(structureIdOf(user)), listOffererTypes()]);
  if (!structure) notFound();
  const defaults: SignupStructureInput = {
    offererTypeId: String(structure.offererTypeId),
    name: structure.name,
    siren: structure.siren,
    street: structure.street,
    addressComplement: structure.addressComplement ?? "",
    postalCode: structure.postalCode,
    communeCode: structure.communeCode,
    communeName: structure.communeName,
    legalRepCivility: CIVILITY_ALIASES[structure.legalRepCivility] ?? (structure.legalRepCivility as SignupStructureInput["legalRepCivility"]),
    legalRepLastName: structure.legalRepLastName,
    legalRepFirstName: structure.legalRepFirstName,
    legalRepFunction: structure.legalRepFunction,
    description: structure.description,
  };
  return (
    <>
      <Breadcrumb items={[{ label: "Activité", href: "/espace" }, { label: "Mon compte offreur" }]} />
      <h1>Ma structure</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Dans cette rubrique vous pouvez modifier les informations de votre compte offreur et de sa description. La raison sociale, le logo et la
        description apparaissent sur vos offres publiées.
      </p>
      <StructureAccountForm
        defaults={defaults}
        offererTypes={offererTypes}
        currentLogoUrl={structure.logoFileId ? `/espace/structure/logo?v=${structure.logoFileId}` : null}
      />
    </>
  );
}
