import { appUrl } from "@/lib/core/env";
import { EmailLayout, Greeting, Paragraph, PLATFORM_NAME, Signature, TextLink } from "./components/layout";
import { defineEmail } from "./define-email";

/**
 * Sent to an address typed in a public form and not yet verified: fixed text only, never a name or
 * structure name typed (issue 14, finding 6). The région follows from the commune list.
 */
type Props = {
  regionName: string;
  /** « Adresse de contact de l'ARS » of the région's settings; null until its admins give one. */
  contactEmail: string | null;
  /** The « Formulaire d'assistance », région chosen: the way to reach the ARS when it has no address. */
  supportUrl: string;
};

/** guide IDF: « Service Sanitaire Ile-de-France / Compte offreur en cours de validation ». */
const signupReceivedSubject = ({ regionName }: Props) => `Service sanitaire ${regionName} / Compte offreur en cours de validation`;

/** guide IDF, « Mail d'information sur la demande de création d'un compte utilisateur ». */
function SignupReceived({ regionName, contactEmail, supportUrl }: Props) {
  return (
    <EmailLayout preview="Votre demande de création de compte a bien été envoyée.">
      <Greeting />
      <Paragraph>
        Votre demande de création de compte offreur a bien été envoyée à l&apos;administrateur de la plateforme du {PLATFORM_NAME} de la région {regionName}.
        Vous serez informé par mail de l&apos;activation de votre compte.
      </Paragraph>
      {contactEmail ? (
        <Paragraph>
          En cas de problème, vous pouvez contacter l&apos;administrateur de la plateforme, l&apos;agence régionale de santé (ARS) {regionName}, à
          l&apos;adresse suivante : <TextLink href={`mailto:${contactEmail}`}>{contactEmail}</TextLink>, ou lui écrire par le « Formulaire d&apos;assistance » :{" "}
          <TextLink href={supportUrl}>{supportUrl}</TextLink>
        </Paragraph>
      ) : (
        <Paragraph>
          En cas de problème, écrivez à l&apos;administrateur de la plateforme, l&apos;agence régionale de santé (ARS) {regionName}, par le « Formulaire
          d&apos;assistance » : <TextLink href={supportUrl}>{supportUrl}</TextLink>
        </Paragraph>
      )}
      <Paragraph>Si vous n&apos;avez pas fait cette demande, ignorez ce message.</Paragraph>
      <Signature />
    </EmailLayout>
  );
}

const signupReceivedPreview = (): Props => ({
  regionName: "Île-de-France",
  contactEmail: "ars-idf-sses@demo.sses.fr",
  supportUrl: appUrl("/aide/assistance?region=11"),
});

export default defineEmail({ label: "Demande de compte reçue", subject: signupReceivedSubject, component: SignupReceived, preview: signupReceivedPreview });
