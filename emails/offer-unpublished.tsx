import { ActionLink, EmailLayout, Greeting, Paragraph, Quote, Signature, TextLink } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = {
  firstName: string;
  offerNumber: string | number;
  offerName: string;
  regionName: string;
  reason: string;
  /** « Adresse de contact de l'ARS » (« Paramètres de la région »), when the région gave one. */
  contactEmail: string | null;
  offerUrl: string;
};

const offerUnpublishedSubject = ({ offerNumber }: Props) => `Offre n° ${offerNumber} dépubliée par l'ARS`;

/** To the structure's GESTIONNAIREs and VALIDEURs when the ARS takes one offer down (docs/produit.md#moderation-dune-offre). */
function OfferUnpublished({ firstName, offerNumber, offerName, regionName, reason, contactEmail, offerUrl }: Props) {
  return (
    <EmailLayout preview={`L'ARS ${regionName} a dépublié l'offre « ${offerName} ».`}>
      <Greeting firstName={firstName} />
      <Paragraph>
        L&apos;agence régionale de santé (ARS) {regionName} a dépublié l&apos;offre n° {offerNumber} « {offerName} », pour la raison suivante :
      </Paragraph>
      <Quote>{reason}</Quote>
      <Paragraph>
        L&apos;offre est désormais « Caduque » : elle n&apos;apparaît plus dans le catalogue public. Rien n&apos;est supprimé ; elle reste dans votre espace,
        avec son historique.
      </Paragraph>
      <Paragraph>
        Pour toute question, contactez l&apos;ARS {regionName}
        {contactEmail ? (
          <>
            {" "}
            à l&apos;adresse <TextLink href={`mailto:${contactEmail}`}>{contactEmail}</TextLink>
          </>
        ) : null}
        .
      </Paragraph>
      <ActionLink href={offerUrl} label="Voir l'offre" />
      <Signature />
    </EmailLayout>
  );
}

const offerUnpublishedPreview = (): Props => ({
  firstName: "Camille",
  offerNumber: 1234,
  offerName: "Prévention des addictions au collège",
  regionName: "Grand Est",
  reason: "La description cite le nom d'un élève : une offre ne doit contenir aucune donnée à caractère personnel.",
  contactEmail: "service-sanitaire@ars-grandest.demo.sses.fr",
  offerUrl: appUrl("/espace/offres/1234"),
});

export default defineEmail({
  label: "Offre dépubliée par l'ARS",
  subject: offerUnpublishedSubject,
  component: OfferUnpublished,
  preview: offerUnpublishedPreview,
});
