import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { firstName: string; resetBy: string; mandatory: boolean; loginUrl: string };

const secondFactorResetSubject = () => "Votre double authentification a été réinitialisée";

/**
 * To the person whose second factor an admin of the région reset (docs/produit.md#double-authentification):
 * what changed, who did it, and what to do if they did not ask for it.
 */
function SecondFactorReset({ firstName, resetBy, mandatory, loginUrl }: Props) {
  return (
    <EmailLayout preview="Votre application d'authentification et vos clés d'accès ne sont plus demandées.">
      <Greeting firstName={firstName} />
      <Paragraph>
        {resetBy} a réinitialisé la double authentification de votre compte : votre application d&apos;authentification, vos codes de secours et vos clés
        d&apos;accès ne fonctionnent plus, et vos sessions ouvertes sont fermées.
      </Paragraph>
      <Paragraph>
        {mandatory
          ? "À votre prochaine connexion, après votre mot de passe, vous activerez de nouveau la double authentification avec votre application."
          : "Vous vous connectez désormais avec votre mot de passe seul ; vous pouvez réactiver la double authentification dans « Mon profil »."}
      </Paragraph>
      <Paragraph>Si vous n&apos;avez pas demandé cette réinitialisation, prévenez sans attendre l&apos;ARS de votre région.</Paragraph>
      <ActionLink href={loginUrl} label="Se connecter" />
      <Signature />
    </EmailLayout>
  );
}

export default defineEmail({
  label: "Double authentification réinitialisée",
  subject: secondFactorResetSubject,
  component: SecondFactorReset,
  preview: (): Props => ({ firstName: "Camille", resetBy: "Claire Martin, de l'ARS Grand Est,", mandatory: false, loginUrl: appUrl("/connexion") }),
});
