import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

/** The région comes from the list of the form (never free text); the rest is fixed. */
type Props = { regionName: string; helpUrl: string };

const supportRequestReceivedSubject = () => "Votre demande d'assistance a bien été reçue";

/**
 * The acknowledgement to whoever sent the « Formulaire d'assistance ». The address was typed by the
 * sender and never verified, so the email carries fixed text only, never the name, subject or
 * message typed (issue 14, finding 6): the platform cannot be used to send a chosen text to anyone.
 * The full request stays for the admins (« support-request »).
 */
function SupportRequestReceived({ regionName, helpUrl }: Props) {
  return (
    <EmailLayout preview={`Votre demande a été transmise à l'ARS ${regionName}.`}>
      <Greeting />
      <Paragraph>
        Votre demande d&apos;assistance a bien été reçue et transmise aux administrateurs de la plateforme de la région {regionName} (agence régionale de
        santé). Ils vous répondront par email, à cette adresse.
      </Paragraph>
      <Paragraph>Si vous n&apos;avez pas écrit à l&apos;assistance de la plateforme, ignorez ce message.</Paragraph>
      <Paragraph>En attendant, la foire aux questions répond peut-être déjà à votre question :</Paragraph>
      <ActionLink href={helpUrl} label="Consulter la FAQ" />
      <Signature />
    </EmailLayout>
  );
}

const supportRequestReceivedPreview = (): Props => ({ regionName: "Île-de-France", helpUrl: appUrl("/aide") });

export default defineEmail({
  label: "Accusé de réception d'une demande d'assistance",
  subject: supportRequestReceivedSubject,
  component: SupportRequestReceived,
  preview: supportRequestReceivedPreview,
});
