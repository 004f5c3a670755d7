import type { Metadata } from "next";
import { FaqList } from "@/components/help/faq-list";
import { RegionPicker } from "@/components/help/region-picker";
import { PublicShell } from "@/components/layout/page-shell";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ButtonLink } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/core/auth/session";
import { getRegion, isArsRegion, listRegions } from "@/lib/core/geo/territories";
import { getCachedFaq } from "@/lib/help/queries";

export const metadata: Metadata = { title: "Aide et foire aux questions" };

type SearchParams = Promise<{ region?: string | string[] }>;

/**
 * « FAQ et support » (docs/produit.md#aide-et-assistance, guide SAS): the national questions by theme, plus those of the région
 * the visitor picks (or of their account), then the way to the « Formulaire d'assistance ».
 */
export default async function HelpPage({ searchParams }: { searchParams: SearchParams }) {
  const asked = (await searchParams).region;
  const picked = typeof asked === "string" && isArsRegion(asked) ? asked : null;
  const regionCode = picked ?? (asked === undefined ? ((await getCurrentUser())?.regionCode ?? null) : null);
  const themes = await getCachedFaq(regionCode);
  const regionName = regionCode ? (getRegion(regionCode)?.name ?? undefined) : undefined;

  return (
    <PublicShell>
      <Breadcrumb items={[{ label: "Accueil", href: "/" }, { label: "Aide" }]} />
      <h1>Aide et foire aux questions</h1>
      <p className="max-w-3xl text-lg">
        Les réponses aux questions les plus fréquentes, classées par thème. Cliquez sur une question pour afficher sa réponse.
        {regionName && ` Les questions propres à la région ${regionName} sont ajoutées à la suite de chaque thème.`}
      </p>
      <RegionPicker regions={listRegions()} selected={regionCode} />
      <FaqList themes={themes} regionName={regionName} />
      <section aria-labelledby="assistance" className="mt-12 max-w-3xl border-t border-grey-900 pt-8">
        <h2 id="assistance">Vous n&apos;avez pas trouvé la réponse à votre question ?</h2>
        <p>
          Écrivez aux administrateurs de la plateforme de votre région (agence régionale de santé). Soyez précis : décrivez pas à pas votre difficulté, indiquez
          l&apos;adresse de la page concernée et joignez si besoin des captures d&apos;écran (jusqu&apos;à 3 pièces jointes).
        </p>
        <ButtonLink href={regionCode ? `/aide/assistance?region=${regionCode}` : "/aide/assistance"}>Formulaire d&apos;assistance</ButtonLink>
      </section>
    </PublicShell>
  );
}
