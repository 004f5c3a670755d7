import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import type { TemplateProps } from "./types";

type Props = TemplateProps<"offer-validated">;

export const offerValidatedSubject = ({ offerNumber }: Props) => `Offre n° ${offerNumber} validée`;

export default function OfferValidated({ offerNumber, offerName, stateLabel, offerUrl }: Props) {
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

export const offerValidatedPreview = (): Props => ({
  offerNumber: 1234,
  offerName: "Prévention des addictions au collège",
  stateLabel: "Publiée",
  offerUrl: appUrl("/espace/offres/1234"),
});
