import { getCommune } from "@/lib/core/geo/communes";

/** A commune as the platform stores it on structures, offers and sign-up requests. */
export type Place = {
  communeCode: string;
  communeName: string;
  postalCode: string;
  departmentCode: string;
  regionCode: string;
};

/**
 * Looks the pair up in the official dataset (docs/produit.md#donnees-et-conventions), as the forms' server check does: a wrong
 * INSEE code or postal code in the demo tables fails the seed instead of showing a commune that
 * does not exist.
 */
export function place(communeCode: string, postalCode: string): Place {
  const commune = getCommune(communeCode, postalCode);
  if (!commune) throw new Error(`Commune ou code postal inconnu : ${communeCode} / ${postalCode}`);
  return {
    communeCode: commune.code,
    communeName: commune.name,
    postalCode: commune.postalCode,
    departmentCode: commune.departmentCode,
    regionCode: commune.regionCode,
  };
}
