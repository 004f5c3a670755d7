import { ActionLink, EmailLayout, Greeting, Paragraph, Quote, Signature, TextLink } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = {
  firstName: string;
  offerNumber: string | number;
  offerName: string;
  regionName: string;
  comment: string;
  /** « Laisser en ligne »: the published version stays public until the correction is validated. */
  keptOnline: boolean;
  contactEmail: string | null;
  offerUrl: string;
};

const offerCorrectionRequestedSubject = ({ offerNumber }: Props) => `Offre n° ${offerNumber} à corriger à la demande de l'ARS`;

/** To the structure's GESTIONNAIREs and VALIDEURs when the ARS sends a live offer back for correction (docs/produit.md#moderation-dune-offre). */
function OfferCorrectionRequested({ firstName, offerNumber, offerName, regionName, comment, keptOnline, contactEmail, offerUrl }: Props) {
  return (
    <EmailLayout preview={`L'ARS ${regionName} demande une correction de l'offre « ${offerName} ».`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        L&apos;agence régionale de santé (ARS) {regionName} vous renvoie l&apos;offre n° {offerNumber} « {offerName} » pour correction, avec ce commentaire :
      </Paragraph>
      <Quote>{comment}</Quote>
      <Paragraph>
        {keptOnline
          ? "L'offre reste en ligne telle qu'elle est publiée jusqu'à la validation de votre correction : modifiez-la, puis demandez la validation de la modification."
          : "L'offre a été retirée du catalogue public et repasse en brouillon : corrigez-la, puis demandez à nouveau sa validation (avec de nouvelles dates de publication si besoin)."}
      </Paragraph>
      {contactEmail && (
        <Paragraph>
          Pour toute question : <TextLink href={`mailto:${contactEmail}`}>{contactEmail}</TextLink>.
        </Paragraph>
      )}
      <ActionLink href={offerUrl} label="Corriger l'offre" />
      <Signature />
    </EmailLayout>
  );
}

const offerCorrectionRequestedPreview = (): Props => ({
  firstName: "Camille",
  offerNumber: 1234,
  offerName: "Prévention des addictions au collège",
  regionName: "Grand Est",
  comment: "Merci d'indiquer le nombre d'élèves par séance et de retirer le numéro de téléphone personnel du référent.",
  keptOnline: true,
  contactEmail: "service-sanitaire@ars-grandest.demo.sses.fr",
  offerUrl: appUrl("/espace/offres/1234"),
});

export default defineEmail({
  label: "Offre à corriger (ARS)",
  subject: offerCorrectionRequestedSubject,
  component: OfferCorrectionRequested,
  preview: offerCorrectionRequestedPreview,
});
