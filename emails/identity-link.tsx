import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { firstName: string; providerName: string; confirmUrl: string; expiresInMinutes: number };

const identityLinkSubject = ({ providerName }: Props) => `Associer votre identité ${providerName} à votre compte`;

/** The confirmation of a link between a ProConnect or Pro Santé Connect identity and the account (docs/produit.md#identites-externes). */
function IdentityLink({ firstName, providerName, confirmUrl, expiresInMinutes }: Props) {
  return (
    <EmailLayout preview={`Confirmez l'association de votre identité ${providerName}.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Quelqu&apos;un s&apos;est identifié avec {providerName} sous cette adresse email et demande à utiliser cette identité pour se connecter à votre compte.
        Si c&apos;est vous, confirmez en suivant ce lien, valable {expiresInMinutes} minutes et utilisable une seule fois :
      </Paragraph>
      <ActionLink href={confirmUrl} label={`Associer mon identité ${providerName}`} />
      <Paragraph>Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez ce message : rien ne change pour votre compte.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}

const identityLinkPreview = (): Props => ({
  firstName: "Camille",
  providerName: "ProConnect",
  confirmUrl: appUrl("/connexion/associer/exemple-de-jeton"),
  expiresInMinutes: 15,
});

export default defineEmail({
  label: "Association d'une identité ProConnect ou Pro Santé Connect",
  subject: identityLinkSubject,
  component: IdentityLink,
  preview: identityLinkPreview,
});
