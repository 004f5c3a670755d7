import { appUrl } from "@/lib/core/env";
import { ActionLink, EmailLayout, Greeting, Paragraph, Signature, TextLink } from "./components/layout";
import { defineEmail } from "./define-email";

type Props = {
  /** The account's own first name, from the database (never what the form said); null for a pending request. */
  firstName: string | null;
  /** True when the address already has a request waiting for the ARS rather than an account. */
  pendingRequest: boolean;
  accountRecoveryUrl: string;
  supportUrl: string;
};

const signupAddressInUseSubject = () => "Une demande de création de compte a été faite avec votre adresse";

/**
 * Sent instead of a second account: the sign-up answers the same for every address, so the owner of
 * an address already in use learns it here, in their own mailbox (docs/produit.md#inscription-dun-offreur).
 * Fixed text only: nothing typed in the form is repeated.
 */
function SignupAddressInUse({ firstName, pendingRequest, accountRecoveryUrl, supportUrl }: Props) {
  return (
    <EmailLayout preview="Un compte existe déjà avec cette adresse.">
      <Greeting firstName={firstName ?? undefined} />
      {pendingRequest ? (
        <Paragraph>
          Une demande de création de compte offreur vient d&apos;être envoyée avec votre adresse email, mais une demande faite avec cette adresse attend déjà
          l&apos;examen de l&apos;agence régionale de santé (ARS) : la nouvelle n&apos;a pas été enregistrée. Vous serez informé par email de la décision.
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            Une demande de création de compte offreur vient d&apos;être envoyée avec votre adresse email, mais un compte existe déjà sur la plateforme avec
            cette adresse : la demande n&apos;a pas été enregistrée. Pour retrouver l&apos;accès à votre compte, utilisez « Mot de passe oublié » :
          </Paragraph>
          <ActionLink href={accountRecoveryUrl} label="Mot de passe oublié" />
        </>
      )}
      <Paragraph>
        Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez ce message : rien n&apos;a changé sur votre compte. Pour toute question, écrivez à
        l&apos;ARS par le « Formulaire d&apos;assistance » : <TextLink href={supportUrl}>{supportUrl}</TextLink>
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}

const signupAddressInUsePreview = (): Props => ({
  firstName: "Camille",
  pendingRequest: false,
  accountRecoveryUrl: appUrl("/mot-de-passe-oublie"),
  supportUrl: appUrl("/aide/assistance"),
});

export default defineEmail({
  label: "Adresse déjà utilisée lors d'une inscription",
  subject: signupAddressInUseSubject,
  component: SignupAddressInUse,
  preview: signupAddressInUsePreview,
});
