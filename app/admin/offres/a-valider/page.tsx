import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Table, Td, Th } from "@/components/ui/table";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { now as clockNow } from "@/lib/core/dates/clock";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { getRegion } from "@/lib/core/geo/territories";
import { listOffersToValidate, QUEUE_LIMIT } from "@/lib/offers/admin/queue";
import { getRegionSettings } from "@/lib/regions/settings";

export const metadata: Metadata = { title: "Offres à valider" };

const DAY_MS = 86_400_000;

/**
 * « Offres à valider » (docs/produit.md#qui-valide): what waits for the ARS in its région, the oldest
 * first; each row opens the offer, where « Valider » and « Renvoyer pour correction » are.
 */
export default async function OffersToValidatePage() {
  const user = await requireUser("regionOffers.validate");
  const regionCode = regionOf(user);
  const [rows, settings] = await Promise.all([listOffersToValidate(regionCode), getRegionSettings(regionCode)]);
  const now = clockNow().getTime();
  return (
    <>
      <Breadcrumb items={[{ label: "Administration régionale", href: "/admin" }, { label: "Offres à valider" }]} />
      <h1>Offres à valider</h1>
      <p className="text-lg">{getRegion(regionCode)?.name ?? regionCode}</p>
      {settings.offerValidation === "STRUCTURE" && (
        <Alert tone="info" role="none" title="Les structures valident leurs offres">
          <p>
            Dans votre région, les offres sont validées par les valideurs de chaque structure (<Link href="/admin/parametres">Paramètres de la région</Link>
            ). Seules les demandes envoyées quand l&apos;ARS validait restent ici jusqu&apos;à votre décision.
          </p>
        </Alert>
      )}
      {rows.length === 0 ? (
        <p>Aucune offre n&apos;attend la validation de l&apos;ARS.</p>
      ) : (
        <>
          <Table caption={`${rows.length} demande${rows.length > 1 ? "s" : ""} de validation, des plus anciennes aux plus récentes`}>
            <thead>
              <tr>
                <Th>N°</Th>
                <Th>Nom de l&apos;offre</Th>
                <Th>Structure</Th>
                <Th>Demande</Th>
                <Th>Reçue le</Th>
                <Th>Attente</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const days = Math.floor((now - row.waitingSince.getTime()) / DAY_MS);
                return (
                  <tr key={`${row.kind}-${row.offerId}`}>
                    <Td>{row.offerId}</Td>
                    <Td>
                      <Link href={`/admin/offres/${row.offerId}`}>{row.offerName}</Link>
                    </Td>
                    <Td>{row.structureName}</Td>
                    <Td>{row.kind === "revision" ? "Modification d'une offre en ligne" : "Nouvelle offre"}</Td>
                    <Td>{formatDateTimeFr(row.waitingSince)}</Td>
                    <Td>{days < 1 ? "moins d'un jour" : `${days} jour${days > 1 ? "s" : ""}`}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          {rows.length === QUEUE_LIMIT && <p>Les {QUEUE_LIMIT} demandes les plus anciennes sont affichées.</p>}
        </>
      )}
    </>
  );
}
