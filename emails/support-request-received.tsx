import { ActionLink, EmailLayout, Greeting, Paragraph, Quote, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { name: string; regionName: string; subject: string; message: string; helpUrl: string };

const supportRequestReceivedSubject = () => "Votre demande d'assistance a bien été reçue";

/** The acknowledgement to whoever sent the « Formulaire d'assistance ». */
function SupportRequestReceived({ name, regionName, subject, message, helpUrl }: Props) {
  return (
    <EmailLayout preview={`Votre demande « ${subject} » a été transmise à l'ARS ${regionName}.`}>
      <Greeting firstName={name} />
      <Paragraph>
        Votre demande d&apos;assistance « {subject} » a bien été reçue et transmise aux administrateurs de la plateforme de la région {regionName} (agence
        régionale de santé). Ils vous répondront par email, à cette adresse.
      </Paragraph>
      <Paragraph>Pour rappel, votre message :</Paragraph>
      <Quote>{message}</Quote>
      <Paragraph>En attendant, la foire aux questions répond peut-être déjà à votre question :</Paragraph>
      <ActionLink href={helpUrl} label="Consulter la FAQ" />
      <Signature />
    </EmailLayout>
  );
}

const supportRequestReceivedPreview = (): Props => ({
  name: "Camille Durand",
  regionName: "Île-de-France",
  subject: "Mon offre n'apparaît pas",
  message: "J'ai validé mon offre hier mais elle n'apparaît pas dans la liste des offres publiées.",
  helpUrl: appUrl("/aide"),
});

export default defineEmail({
  label: "Accusé de réception d'une demande d'assistance",
  subject: supportRequestReceivedSubject,
  component: SupportRequestReceived,
  preview: supportRequestReceivedPreview,
});
