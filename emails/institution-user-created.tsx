import { ActionLink, EmailLayout, Greeting, hoursLabel, Paragraph, PLATFORM_NAME, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { firstName: string; institutionName: string; activationUrl: string; expiresInHours: number };

const institutionUserCreatedSubject = () => "Création d'un compte établissement de formation";

/** A university or school user created by the regional admin: activation link, no password. */
function InstitutionUserCreated({ firstName, institutionName, activationUrl, expiresInHours }: Props) {
  return (
    <EmailLayout preview={`Votre compte pour ${institutionName} a été créé.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        L&apos;administrateur de la plateforme du {PLATFORM_NAME} vous a créé un compte utilisateur associé à l&apos;établissement de formation :{" "}
        {institutionName}. Il vous permet de renseigner les périodes de disponibilité de vos étudiants.
      </Paragraph>
      <Paragraph>
        Pour activer votre compte, choisissez votre mot de passe en suivant ce lien, valable {hoursLabel(expiresInHours)} et utilisable une seule fois :
      </Paragraph>
      <ActionLink href={activationUrl} label="Activer mon compte" />
      <Signature />
    </EmailLayout>
  );
}

const institutionUserCreatedPreview = (): Props => ({
  firstName: "Alex",
  institutionName: "Institut de formation en soins infirmiers de Créteil",
  activationUrl: appUrl("/activation/exemple-de-jeton"),
  expiresInHours: 72,
});

export default defineEmail({
  label: "Compte établissement créé",
  subject: institutionUserCreatedSubject,
  component: InstitutionUserCreated,
  preview: institutionUserCreatedPreview,
});
