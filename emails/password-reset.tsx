import { ActionLink, EmailLayout, Greeting, hoursLabel, Paragraph, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { firstName: string; resetUrl: string; expiresInHours: number };

const passwordResetSubject = () => "Réinitialisation de votre mot de passe";

function PasswordReset({ firstName, resetUrl, expiresInHours }: Props) {
  return (
    <EmailLayout preview="Choisissez un nouveau mot de passe.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Une demande de réinitialisation du mot de passe de votre compte a été faite. Pour choisir un nouveau mot de passe, suivez ce lien, valable{" "}
        {hoursLabel(expiresInHours)} et utilisable une seule fois :
      </Paragraph>
      <ActionLink href={resetUrl} label="Choisir un nouveau mot de passe" />
      <Paragraph>Si vous n&apos;êtes pas à l&apos;origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}

const passwordResetPreview = (): Props => ({ firstName: "Camille", resetUrl: appUrl("/mot-de-passe-oublie/exemple-de-jeton"), expiresInHours: 2 });

export default defineEmail({
  label: "Réinitialisation du mot de passe",
  subject: passwordResetSubject,
  component: PasswordReset,
  preview: passwordResetPreview,
});
