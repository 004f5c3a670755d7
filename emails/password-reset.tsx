import { ActionLink, EmailLayout, Greeting, hoursLabel, Paragraph, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import type { TemplateProps } from "./types";

type Props = TemplateProps<"password-reset">;

export const passwordResetSubject = () => "Réinitialisation de votre mot de passe";

export default function PasswordReset({ firstName, resetUrl, expiresInHours }: Props) {
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

export const passwordResetPreview = (): Props => ({ firstName: "Camille", resetUrl: appUrl("/mot-de-passe-oublie/exemple-de-jeton"), expiresInHours: 2 });
