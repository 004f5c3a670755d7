"use client";

import Link from "next/link";
import { ButtonGroup, ButtonLink } from "@/components/ui/button";

// The bodies of the error pages (app/not-found.tsx, forbidden.tsx, unauthorized.tsx). Client
// components although they have no state: Next puts those pages' trees in the RSC payload of every
// page (they are the root layout's boundaries); as client references they weigh a few bytes there.

/** Also the answer for offers that are not public: the wording must not reveal that one exists. */
export function NotFoundContent() {
  return (
    <>
      <div className="max-w-3xl">
        <p className="text-sm text-grey-425">Erreur 404</p>
        <h1>Page non trouvée</h1>
        <p className="text-xl">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
        <p>
          Si vous avez tapé l&apos;adresse web dans le navigateur, vérifiez qu&apos;elle est correcte. La page n&apos;est peut-être plus disponible : une offre
          dont la période de publication est terminée n&apos;est plus consultable.
        </p>
        <p>Pour continuer votre visite, vous pouvez consulter la page d&apos;accueil ou la liste des offres.</p>
        <ButtonGroup className="mt-8">
          <ButtonLink href="/">Page d&apos;accueil</ButtonLink>
          <ButtonLink href="/offres" variant="secondary">
            Consulter les offres
          </ButtonLink>
        </ButtonGroup>
      </div>
    </>
  );
}

export function ForbiddenContent() {
  return (
    <>
      <h1>Accès refusé</h1>
      <p className="text-lg">Votre compte ne donne pas accès à cette page.</p>
      <p>Si vous pensez qu&apos;il s&apos;agit d&apos;une erreur, demandez à l&apos;administrateur de votre structure de vérifier vos permissions.</p>
      <p>
        <Link href="/connexion">Retourner à mon espace</Link>
      </p>
    </>
  );
}

/** Never shown today (no page calls unauthorized()): the login page answers anonymous visitors. */
export function UnauthorizedContent() {
  return (
    <>
      <h1>Connexion nécessaire</h1>
      <p className="text-lg">Cette page est réservée aux utilisateurs connectés.</p>
      <p>
        <Link href="/connexion">Se connecter</Link>
      </p>
    </>
  );
}
