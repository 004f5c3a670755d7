import { EmailLayout, Greeting, Paragraph, PLATFORM_NAME, Signature } from "./components/layout";
import { defineEmail } from "./define-email";

type Props = { firstName: string; structureName: string };

const signupReceivedSubject = () => "Compte offreur en cours de validation";

/** guide IDF, « Mail d'information sur la demande de création d'un compte utilisateur ». */
function SignupReceived({ firstName, structureName }: Props) {
  return (
    <EmailLayout preview="Votre demande de création de compte a bien été envoyée.">
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre demande de création de compte pour la structure « {structureName} » a bien été envoyée à l&apos;administrateur de la plateforme du {PLATFORM_NAME}{" "}
        de votre région. Vous serez informé par mail de l&apos;activation de votre compte.
      </Paragraph>
      <Paragraph>En cas de problème, vous pouvez contacter l&apos;agence régionale de santé (ARS) de votre région.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}

const signupReceivedPreview = (): Props => ({ firstName: "Camille", structureName: "Association Fleur bleue" });

export default defineEmail({ label: "Demande de compte reçue", subject: signupReceivedSubject, component: SignupReceived, preview: signupReceivedPreview });
