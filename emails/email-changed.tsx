import { ActionLink, EmailLayout, Greeting, hoursLabel, Paragraph, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { firstName: string; accountName: string; changedBy: string; activated: boolean; activationUrl: string; expiresInHours: number };

const emailChangedSubject = () => "Votre adresse de connexion a été modifiée";

/**
 * To the new address of an account whose email an ADMIN of the structure or the ARS changed
 * (docs/produit.md#comptes-et-securite): it proves the address works and lets its holder choose a password (and accept the
 * CGU) — the only way in for an account that was never activated, the sign-up's mistyped address.
 */
function EmailChanged({ firstName, accountName, changedBy, activated, activationUrl, expiresInHours }: Props) {
  return (
    <EmailLayout preview="Cette adresse est désormais celle de votre compte.">
      <Greeting firstName={firstName} />
      <Paragraph>
        {changedBy} a indiqué cette adresse comme adresse de connexion de votre compte ({accountName}). C&apos;est désormais votre identifiant.
      </Paragraph>
      <Paragraph>
        {activated
          ? "Votre mot de passe ne change pas. Vous pouvez aussi en choisir un nouveau en suivant ce lien, "
          : "Pour activer votre compte, choisissez votre mot de passe en suivant ce lien, "}
        valable {hoursLabel(expiresInHours)} et utilisable une seule fois :
      </Paragraph>
      <ActionLink href={activationUrl} label={activated ? "Choisir un nouveau mot de passe" : "Activer mon compte"} />
      <Signature />
    </EmailLayout>
  );
}

export default defineEmail({
  label: "Adresse de connexion modifiée (nouvelle adresse)",
  subject: emailChangedSubject,
  component: EmailChanged,
  preview: (): Props => ({
    firstName: "Camille",
    accountName: "Association Fleur bleue",
    changedBy: "L'ARS Grand Est",
    activated: false,
    activationUrl: appUrl("/activation/exemple-de-jeton"),
    expiresInHours: 72,
  }),
});
