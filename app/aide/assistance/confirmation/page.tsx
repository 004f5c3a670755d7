import type { Metadata } from "next";
import { PublicShell } from "@/components/layout/page-shell";
import { Alert } from "@/components/ui/alert";
import { ButtonGroup, ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "Demande d'assistance envoyée" };

/** After « Envoyer ma demande ». */
export default function SupportRequestConfirmationPage() {
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <h1>Votre demande d&apos;assistance a bien été envoyée</h1>
        <Alert tone="success" title="Demande enregistrée" titleAs="h2" data-testid="support-request-sent">
          <p>Elle a été transmise aux administrateurs de la plateforme de votre région (agence régionale de santé).</p>
        </Alert>
        <h2>La suite</h2>
        <ol className="mb-8 space-y-3">
          <li>Vous recevez un email qui confirme la réception de votre demande, avec votre message.</li>
          <li>Les administrateurs de votre région l&apos;examinent et vous répondent par email, à l&apos;adresse que vous avez indiquée.</li>
        </ol>
        <p>Pensez à vérifier vos courriers indésirables si vous ne recevez rien dans les prochaines minutes.</p>
        <ButtonGroup className="mt-8">
          <ButtonLink href="/aide">Retour à l&apos;aide</ButtonLink>
          <ButtonLink href="/" variant="secondary">
            Retour à l&apos;accueil
          </ButtonLink>
        </ButtonGroup>
      </div>
    </PublicShell>
  );
}
