import { ActionLink, EmailLayout, Greeting, Paragraph, PLATFORM_NAME, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { firstName: string; structureName: string; createdByName: string; loginUrl: string };

const userCreatedSubject = () => "Création d'un compte utilisateur";

/** A user created by the structure's ADMIN. The temporary password is given by the ADMIN, never by email. */
function UserCreated({ firstName, structureName, createdByName, loginUrl }: Props) {
  return (
    <EmailLayout preview={`${createdByName} vous a créé un compte pour ${structureName}.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        {createdByName} vous a créé un compte utilisateur sur la plateforme du {PLATFORM_NAME}, associé à la structure : {structureName}.
      </Paragraph>
      <Paragraph>
        Vous pouvez dès à présent vous connecter avec votre adresse mail et le mot de passe provisoire que {createdByName} vous a communiqué. À la première
        connexion, il vous sera demandé de modifier ce mot de passe.
      </Paragraph>
      <ActionLink href={loginUrl} label="Se connecter" />
      <Signature />
    </EmailLayout>
  );
}

const userCreatedPreview = (): Props => ({
  firstName: "Dominique",
  structureName: "Association Fleur bleue",
  createdByName: "Camille Martin",
  loginUrl: appUrl("/connexion"),
});

export default defineEmail({ label: "Utilisateur créé", subject: userCreatedSubject, component: UserCreated, preview: userCreatedPreview });
