import { PublicShell } from "@/components/layout/page-shell";
import { ButtonGroup, ButtonLink } from "@/components/ui/button";

// Placeholder home until the real one (SPEC §6: presentation, latest offers, search) lands.
export default function HomePage() {
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <h1>Service sanitaire des étudiants en santé</h1>
        <p className="text-xl">
          Les structures d&apos;accueil publient ici leurs offres d&apos;actions de prévention pour les étudiants en
          santé ; les agences régionales de santé les valident.
        </p>
        <ButtonGroup className="mt-8">
          <ButtonLink href="/offres">Consulter les offres</ButtonLink>
          <ButtonLink href="/inscription" variant="secondary">
            Devenir structure d&apos;accueil
          </ButtonLink>
          <ButtonLink href="/connexion" variant="tertiary">
            Se connecter
          </ButtonLink>
        </ButtonGroup>
      </div>
    </PublicShell>
  );
}
