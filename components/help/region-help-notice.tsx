import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { RegionSettings } from "@/lib/regions/settings";

/**
 * « Votre région » on the help pages of offerers and institutions (docs/produit.md#aide-et-assistance): who validates the
 * offers there (offerers only) and the ARS's contact address, from « Paramètres de la région ».
 */
export function RegionHelpNotice({ regionName, settings, showValidation }: { regionName: string; settings: RegionSettings; showValidation: boolean }) {
  return (
    <Alert tone="info" role="none" title={`Votre région : ${regionName}`} data-testid="region-help-notice">
      {showValidation && (
        <p>
          Les offres y sont validées {settings.offerValidation === "ARS" ? "par l'ARS (Agence régionale de santé)" : "par les valideurs de chaque structure"}.
        </p>
      )}
      <p>
        {settings.contactEmail ? (
          <>
            Contact de l&apos;ARS : <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
          </>
        ) : (
          <>
            Pour joindre l&apos;ARS, utilisez le <Link href="/aide/assistance">Formulaire d&apos;assistance</Link>.
          </>
        )}
      </p>
    </Alert>
  );
}
