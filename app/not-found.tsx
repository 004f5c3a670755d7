import type { Metadata } from "next";
import { PublicShell } from "@/components/layout/page-shell";
import { ButtonGroup, ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page non trouvée" };

// Also the answer for offers that are not public (draft, pending, expired): the wording must not
// reveal that such an offer exists.
export default function NotFound() {
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <p className="text-sm text-grey-425">Erreur 404</p>
        <h1>Page non trouvée</h1>
        <p className="text-xl">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
        <p>
          Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page
          n&apos;est peut-être plus disponible : une offre dont la période de publication est terminée n&apos;est plus
          consultable.
        </p>
        <p>Pour continuer votre visite, vous pouvez consulter la page d&apos;accueil ou la liste des offres.</p>
        <ButtonGroup className="mt-8">
          <ButtonLink href="/">Page d&apos;accueil</ButtonLink>
          <ButtonLink href="/offres" variant="secondary">
            Consulter les offres
          </ButtonLink>
        </ButtonGroup>
      </div>
    </PublicShell>
  );
}
