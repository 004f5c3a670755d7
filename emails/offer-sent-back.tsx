import { ActionLink, EmailLayout, Greeting, Paragraph, Quote, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { offerNumber: string | number; offerName: string; validatorName: string; comment: string; offerUrl: string };

const offerSentBackSubject = ({ offerNumber }: Props) => `Offre n° ${offerNumber} à modifier`;

function OfferSentBack({ offerNumber, offerName, validatorName, comment, offerUrl }: Props) {
  return (
    <EmailLayout preview={`${validatorName} vous demande de modifier l'offre « ${offerName} ».`}>
      <Greeting />
      <Paragraph>
        {validatorName} n&apos;a pas validé l&apos;offre n° {offerNumber} « {offerName} » et vous la renvoie avec ce commentaire :
      </Paragraph>
      <Quote>{comment}</Quote>
      <Paragraph>Vous pouvez la modifier puis la soumettre à nouveau à validation.</Paragraph>
      <ActionLink href={offerUrl} label="Modifier l'offre" />
      <Signature />
    </EmailLayout>
  );
}

const offerSentBackPreview = (): Props => ({
  offerNumber: 1234,
  offerName: "Prévention des addictions au collège",
  validatorName: "Claude Petit",
  comment: "Merci de préciser le nombre d'élèves par séance et les horaires de l'après-midi.",
  offerUrl: appUrl("/espace/offres/1234"),
});

export default defineEmail({ label: "Offre renvoyée pour correction", subject: offerSentBackSubject, component: OfferSentBack, preview: offerSentBackPreview });
