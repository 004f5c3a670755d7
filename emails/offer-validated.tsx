import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { offerNumber: string | number; offerName: string; stateLabel: string; offerUrl: string };

const offerValidatedSubject = ({ offerNumber }: Props) => `Offre n° ${offerNumber} validée`;

function OfferValidated({ offerNumber, offerName, stateLabel, offerUrl }: Props) {
  return (
    <EmailLayout preview={`L'offre « ${offerName} » a été validée.`}>
      <Greeting />
      <Paragraph>
        L&apos;offre n° {offerNumber} « {offerName} » a été validée. Son état est désormais : {stateLabel}.
      </Paragraph>
      <Paragraph>Elle est visible des étudiants et des établissements de formation pendant sa période de publication.</Paragraph>
      <ActionLink href={offerUrl} label="Voir l'offre" />
      <Signature />
    </EmailLayout>
  );
}

const offerValidatedPreview = (): Props => ({
  offerNumber: 1234,
  offerName: "Prévention des addictions au collège",
  stateLabel: "Publiée",
  offerUrl: appUrl("/espace/offres/1234"),
});

export default defineEmail({ label: "Offre validée", subject: offerValidatedSubject, component: OfferValidated, preview: offerValidatedPreview });
