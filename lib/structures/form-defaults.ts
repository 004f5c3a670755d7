import type { SignupStructureInput } from "@/lib/signups/schemas";
import type { getStructureAccount } from "./queries";

type StructureRow = NonNullable<Awaited<ReturnType<typeof getStructureAccount>>>;

// The demo data and rows written outside the sign-up say « Mme » / « M. »; the form offers the sign-up's words.
const CIVILITY_ALIASES: Record<string, SignupStructureInput["legalRepCivility"]> = { Mme: "Madame", "M.": "Monsieur", M: "Monsieur" };

/** What the structure form (« Mon compte offreur », and the regional admin's « Modifier ») starts from. */
export function structureFormDefaults(structure: Omit<StructureRow, "id" | "logoFileId">): SignupStructureInput {
  return {
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
}
