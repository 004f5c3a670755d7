import type { SignupStructureInput } from "@/lib/signups/schemas";
import type { getStructureAccount } from "./queries";

type StructureRow = NonNullable<Awaited<ReturnType<typeof getStructureAccount>>>;

// Databases seeded before the demo data used the sign-up's words said « Mme » / « M. »; the form offers those words.
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
