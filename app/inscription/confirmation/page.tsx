import type { Metadata } from "next";
import { PublicShell } from "@/components/layout/page-shell";
import { Alert } from "@/components/ui/alert";
import { ButtonGroup, ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Demande envoyée" };

/** After « ✓ Enregistrer »: what happens next, as the guide tells it (guide IDF, 4/4). */
export default function SignupConfirmationPage() {
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <h1>Votre demande a bien été envoyée</h1>
        <Alert tone="success" title="Demande de création de compte offreur enregistrée" titleAs="h2">
          <p>L&apos;administrateur de la plateforme de votre région va l&apos;examiner.</p>
        </Alert>
        <h2>La suite</h2>
        <ol className="mb-8 space-y-3">
          <li>Vous recevez un email qui confirme la prise en compte de votre demande : « Compte offreur en cours de validation ».</li>
          <li>L&apos;agence régionale de santé (ARS) de votre région examine la demande.</li>
          <li>
            Une fois la demande validée, vous recevez l&apos;email « Création d&apos;un compte utilisateur » avec un lien, valable 72 heures, pour choisir votre
            mot de passe. Votre adresse email sera votre identifiant de connexion.
          </li>
          <li>Si la demande est refusée, l&apos;email vous en donne le motif.</li>
        </ol>
        <p>Pensez à vérifier vos courriers indésirables si vous ne recevez rien dans les prochaines minutes.</p>
        <ButtonGroup className="mt-8">
          <ButtonLink href="/">Retour à l&apos;accueil</ButtonLink>
          <ButtonLink href="/offres" variant="secondary">
            Consulter les offres publiées
          </ButtonLink>
        </ButtonGroup>
      </div>
    </PublicShell>
  );
}
