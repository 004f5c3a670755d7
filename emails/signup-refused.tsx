import { EmailLayout, Greeting, Paragraph, PLATFORM_NAME, Quote, Signature } from "./components/layout";
import { defineEmail } from "./define-email";

type Props = { firstName: string; structureName: string; reason: string };

const signupRefusedSubject = () => "Demande de compte offreur refusée";

function SignupRefused({ firstName, structureName, reason }: Props) {
  return (
    <EmailLayout preview={`Votre demande de compte pour ${structureName} n'a pas été acceptée.`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        Votre demande de création de compte offreur pour la structure « {structureName} » n&apos;a pas été acceptée par l&apos;administrateur de la plateforme
        du {PLATFORM_NAME}, pour la raison suivante :
      </Paragraph>
      <Quote>{reason}</Quote>
      <Paragraph>
        Vous pouvez déposer une nouvelle demande en tenant compte de cette remarque, ou contacter l&apos;agence régionale de santé (ARS) de votre région.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}

const signupRefusedPreview = (): Props => ({
  firstName: "Camille",
  structureName: "Association Fleur bleue",
  reason: "La structure ne dispose pas d'un numéro SIREN actif. Merci de vérifier votre numéro auprès de l'INSEE.",
});

export default defineEmail({ label: "Demande de compte refusée", subject: signupRefusedSubject, component: SignupRefused, preview: signupRefusedPreview });
