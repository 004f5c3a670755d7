import "server-only";
import { getRegion } from "@/lib/core/geo/territories";
import { getRegionSettings } from "@/lib/regions/settings";
import type { FrozenScope } from "./authenticate";

/**
 * What « Connexion » tells a frozen account that typed the right password (docs/produit.md#comptes-et-securite): that it is
 * frozen, and whom to ask: the ARS of its région, by the région's « Adresse de contact de l'ARS »
 * when the région gave one, by name otherwise.
 */
export async function frozenAccountMessage(scope: FrozenScope, regionCode: string | null): Promise<string> {
  const what =
    scope === "structure"
      ? "Votre structure est gelée : ses utilisateurs ne peuvent plus se connecter."
      : "Votre compte est gelé : vous ne pouvez plus vous connecter.";
  const regionName = regionCode ? getRegion(regionCode)?.name : undefined;
  const ars = regionName ? `l'ARS ${regionName}` : "l'ARS de votre région";
  const contactEmail = regionCode ? (await getRegionSettings(regionCode)).contactEmail : null;
  return contactEmail ? `${what} Pour le rétablir, contactez ${ars} : ${contactEmail}.` : `${what} Pour le rétablir, contactez ${ars}.`;
}
