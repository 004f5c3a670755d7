import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = { offerNumber: string | number; offerName: string; authorName: string; offerUrl: string };

const offerToValidateSubject = ({ offerNumber }: Props) => `Offre n° ${offerNumber} à valider`;

/** To the structure's VALIDEURs when an offer is submitted. */
function OfferToValidate({ offerNumber, offerName, authorName, offerUrl }: Props) {
  return (
    <EmailLayout preview={`${authorName} a soumis l'offre « ${offerName} » à validation.`}>
      <Greeting />
      <Paragraph>
        {authorName} a soumis l&apos;offre n° {offerNumber} « {offerName} » à validation. Elle ne sera publiée qu&apos;après votre validation.
      </Paragraph>
      <ActionLink href={offerUrl} label="Voir l'offre à valider" />
      <Signature />
    </EmailLayout>
  );
}

const offerToValidatePreview = (): Props => ({
  offerNumber: 1234,
  offerName: "Prévention des addictions au collège",
  authorName: "Dominique Bernard",
  offerUrl: appUrl("/espace/offres/1234"),
});

export default defineEmail({ label: "Offre à valider", subject: offerToValidateSubject, component: OfferToValidate, preview: offerToValidatePreview });
