import { ButtonLink } from "@/components/ui/button";

/** A structure without offers (« Activité », « Offres »): what to do next, and only that. */
export function EmptyOffers({ canCreate }: { canCreate: boolean }) {
  return (
    <section aria-labelledby="aucune-offre" className="mb-10 bg-grey-975 p-6" data-testid="empty-offers">
      <h2 id="aucune-offre" className="text-xl">
        Votre structure n&apos;a pas encore d&apos;offre
      </h2>
      {canCreate ? (
        <>
          <p>Décrivez une action de prévention que des étudiants en santé peuvent mener chez vous : l&apos;assistant vous guide en quatre étapes.</p>
          <ButtonLink href="/espace/offres/nouvelle">Créer une offre</ButtonLink>
        </>
      ) : (
        <p>Les offres qu&apos;écriront les gestionnaires de la structure apparaîtront ici.</p>
      )}
    </section>
  );
}
