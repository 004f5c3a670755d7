import { ActionLink, EmailLayout, Greeting, hoursLabel, Paragraph, PLATFORM_NAME } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { firstName: string; structureName: string; activationUrl: string; expiresInHours: number };

const accountActivationSubject = () => "Création d'un compte utilisateur";

/** guide IDF, « Mail d'information sur la création d'un compte utilisateur », with a link instead of a password. */
function AccountActivation({ firstName, structureName, activationUrl, expiresInHours }: Props) {
  return (
    <EmailLayout preview={`Votre compte offreur pour ${structureName} a été créé.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        L&apos;administrateur de la plateforme du {PLATFORM_NAME} vous a créé un compte utilisateur associé à la structure : {structureName}.
      </Paragraph>
      <Paragraph>
        Pour activer votre compte, choisissez votre mot de passe en suivant ce lien, valable {hoursLabel(expiresInHours)} et utilisable une seule fois :
      </Paragraph>
      <ActionLink href={activationUrl} label="Activer mon compte" />
      <Paragraph>Vous vous connecterez ensuite avec votre adresse mail et ce mot de passe.</Paragraph>
      <Paragraph>
        Pour rappel, la plateforme du {PLATFORM_NAME} est un site dont les informations proposées le sont à titre de service rendu au public : vous êtes donc
        responsable des comptes utilisateurs créés au titre de votre structure ainsi que des contenus qui seront publiés en son nom.
      </Paragraph>
      <Paragraph>
        Excellente navigation,
        <br />
        {PLATFORM_NAME}
      </Paragraph>
    </EmailLayout>
  );
}

const accountActivationPreview = (): Props => ({
  firstName: "Camille",
  structureName: "Association Fleur bleue",
  activationUrl: appUrl("/activation/exemple-de-jeton"),
  expiresInHours: 72,
});

export default defineEmail({
  label: "Activation du compte",
  subject: accountActivationSubject,
  component: AccountActivation,
  preview: accountActivationPreview,
});
