import type { Metadata } from "next";
import Link from "next/link";
import { SupportRequestForm, type SupportFormDefaults } from "@/components/help/support-request-form";
import { PublicShell } from "@/components/layout/page-shell";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import type { SessionUser } from "@/lib/core/auth/session";
import { getCurrentUser } from "@/lib/core/auth/session";
import { isArsRegion, listRegions } from "@/lib/core/geo/territories";
import type { RequesterRole } from "@/lib/help/schemas";

export const metadata: Metadata = { title: "Formulaire d'assistance" };

type SearchParams = Promise<{ region?: string | string[] }>;

const ROLE_OF_KIND: Record<SessionUser["kind"], RequesterRole | undefined> = { OFFERER: "STRUCTURE", INSTITUTION: "INSTITUTION", REGIONAL_ADMIN: undefined };

/** « Formulaire d'assistance » (docs/produit.md#aide-et-assistance, guide SAS): public, prefilled from the account when logged in. */
export default async function SupportRequestPage({ searchParams }: { searchParams: SearchParams }) {
  const asked = (await searchParams).region;
  const user = await getCurrentUser();
  const defaults: SupportFormDefaults = {
    requesterRole: user ? ROLE_OF_KIND[user.kind] : undefined,
    regionCode: user?.regionCode ?? (typeof asked === "string" && isArsRegion(asked) ? asked : undefined),
    name: user?.displayName,
    email: user?.email,
  };
  return (
    <PublicShell>
      <Breadcrumb items={[{ label: "Accueil", href: "/" }, { label: "Aide", href: "/aide" }, { label: "Formulaire d'assistance" }]} />
      <h1>Formulaire d&apos;assistance</h1>
      <div className="mb-8 max-w-3xl">
        <p className="text-lg">
          Vous n&apos;avez pas trouvé la réponse à votre question dans la <Link href="/aide">foire aux questions</Link> ? Votre demande est transmise aux
          administrateurs de la plateforme de votre région, qui vous répondent par email.
        </p>
        <p>
          Soyez précis dans la formulation de votre demande : plus vous renseignerez d&apos;éléments, plus la réponse sera claire. Détaillez le pas-à-pas de
          votre difficulté, accompagné de captures d&apos;écran et de l&apos;adresse de la page concernée.
        </p>
      </div>
      <SupportRequestForm regions={listRegions()} defaults={defaults} />
    </PublicShell>
  );
}
