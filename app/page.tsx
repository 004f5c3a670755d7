import Link from "next/link";
import { connection } from "next/server";
import { OfferCardList } from "@/components/catalogue/offer-card";
import { PublicShell } from "@/components/layout/page-shell";
import { Button, ButtonGroup, ButtonLink } from "@/components/ui/button";
import { getCachedLatestOffers, getCachedReferences } from "@/lib/offers/catalogue/cached-queries";
import { toCardView } from "@/lib/offers/catalogue/card-view";
import { packCardView } from "@/lib/offers/catalogue/packed-card";
import { MAX_QUERY_LENGTH } from "@/lib/offers/catalogue/limits";
import { themeLabelMap } from "@/lib/offers/catalogue/page-data";
import { today } from "@/lib/core/dates/clock";

const LATEST_COUNT = 6;

/** « / » (docs/produit.md#ce-que-voit-le-public): what the platform is, how to take part, the latest offers and a search box. */
export default async function HomePage() {
  // Rendered on request (the build never touches a database); the data itself comes from the cache.
  await connection();
  const [offers, references] = await Promise.all([getCachedLatestOffers(today(), LATEST_COUNT), getCachedReferences()]);
  const labels = themeLabelMap(references);

  return (
    <PublicShell width="full">
      <div className="bg-blue-france-975">
        <div className="fr-container py-10 md:py-16">
          <div className="max-w-3xl">
            <h1>Trouver une action de prévention pour le service sanitaire</h1>
            <p className="text-xl">
              Chaque étudiant en santé mène une action de prévention auprès d&apos;un public : élèves, personnes âgées, salariés, personnes en situation de
              précarité. Les structures d&apos;accueil publient ici leurs offres, validées par l&apos;agence régionale de santé ; étudiants et établissements de
              formation les consultent librement.
            </p>
            <form action="/offres" method="get" role="search" aria-label="Rechercher une offre" className="mt-8">
              <label htmlFor="recherche-accueil" className="block font-medium text-grey-50">
                Rechercher une offre
              </label>
              <p id="recherche-accueil-aide" className="m-0 mt-1 text-xs text-grey-425">
                Un thème, une commune, un public : « sommeil », « Strasbourg », « collégiens »…
              </p>
              <div className="mt-2 flex flex-col gap-2 sm:flex-row">
                <input
                  id="recherche-accueil"
                  name="q"
                  type="search"
                  maxLength={MAX_QUERY_LENGTH}
                  aria-describedby="recherche-accueil-aide"
                  className="block w-full min-w-0 flex-1 rounded-t bg-white px-4 py-2 text-base text-grey-50 shadow-[inset_0_-2px_0_0_#000091]"
                />
                <Button type="submit">Rechercher</Button>
              </div>
            </form>
            <p className="mt-4">
              <Link href="/offres">Voir toutes les offres</Link>
            </p>
          </div>
        </div>
      </div>

      <div className="fr-container py-10 md:py-14">
        <section aria-labelledby="dernieres-offres">
          <h2 id="dernieres-offres">Dernières offres publiées</h2>
          {offers.length === 0 ? (
            <p>Aucune offre n&apos;est publiée pour le moment. Revenez bientôt.</p>
          ) : (
            <OfferCardList offers={offers.map((offer) => packCardView(toCardView(offer, labels)))} className="md:grid-cols-2 lg:grid-cols-3" />
          )}
          <p className="mt-6">
            <Link href="/offres">Voir toutes les offres publiées</Link>
          </p>
        </section>

        <section aria-labelledby="participer" className="mt-14">
          <h2 id="participer">Comment participer ?</h2>
          <div className="grid grid-cols-1 gap-8 md:grid-cols-3">
            <div>
              <h3 className="text-xl md:text-2xl">Vous accueillez des étudiants</h3>
              <p>
                École, association, centre de santé, collectivité, entreprise : créez le compte de votre structure. Après validation par l&apos;ARS, vous
                publiez vos offres et suivez leur validation.
              </p>
              <ButtonGroup>
                <ButtonLink href="/inscription">Créer un compte offreur</ButtonLink>
                <ButtonLink href="/connexion" variant="secondary">
                  Se connecter
                </ButtonLink>
              </ButtonGroup>
            </div>
            <div>
              <h3 className="text-xl md:text-2xl">Vous êtes étudiant ou formateur</h3>
              <p>
                Consultez les offres sans compte, filtrez-les par thème, public, lieu ou période, et téléchargez la fiche PDF d&apos;une offre pour la partager.
                Pour candidater, écrivez à l&apos;adresse indiquée sur l&apos;offre.
              </p>
              <ButtonLink href="/offres" variant="secondary">
                Consulter les offres
              </ButtonLink>
            </div>
            <div>
              <h3 className="text-xl md:text-2xl">Vous êtes à l&apos;ARS ou dans un établissement de formation</h3>
              <p>
                L&apos;ARS valide les structures d&apos;accueil ; les universités et instituts de formation déclarent les périodes de disponibilité de leurs
                étudiants. Connectez-vous avec le compte qui vous a été remis.
              </p>
              <ButtonLink href="/connexion" variant="tertiary">
                Se connecter
              </ButtonLink>
            </div>
          </div>
        </section>
      </div>
    </PublicShell>
  );
}
