import { ActionLink, EmailLayout, Greeting, Paragraph, Signature, TextLink } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = {
  offerNumber: string | number;
  offerName: string;
  structureName: string;
  authorName: string;
  /** The modification of a live offer, whose published version stays online meanwhile. */
  isRevision: boolean;
  offerUrl: string;
  queueUrl: string;
};

const regionOfferToValidateSubject = ({ offerNumber, isRevision }: Props) =>
  isRevision ? `Modification de l'offre n° ${offerNumber} à valider` : `Offre n° ${offerNumber} à valider`;

/** To the région's admins when an offer or a modification is sent for validation in a région where the ARS validates (docs/produit.md#qui-valide). */
function RegionOfferToValidate({ offerNumber, offerName, structureName, authorName, isRevision, offerUrl, queueUrl }: Props) {
  const what = isRevision ? "une modification de l'offre" : "l'offre";
  return (
    <EmailLayout preview={`${structureName} demande la validation de ${what} « ${offerName} ».`}>
      <Greeting />
      <Paragraph>
        {authorName} ({structureName}) demande la validation de {what} n° {offerNumber} « {offerName} ».{" "}
        {isRevision
          ? "La version publiée reste en ligne jusqu'à votre décision."
          : "Dans votre région, les offres sont validées par l'ARS : elle ne sera publiée qu'après votre validation."}
      </Paragraph>
      <ActionLink href={offerUrl} label="Voir l'offre à valider" />
      <Paragraph>
        Toutes les demandes en attente, des plus anciennes aux plus récentes : <TextLink href={queueUrl}>Offres à valider</TextLink>.
      </Paragraph>
      <Signature />
    </EmailLayout>
  );
}

const regionOfferToValidatePreview = (): Props => ({
  offerNumber: 1234,
  offerName: "Prévention des addictions au collège",
  structureName: "Circonscription de l'Éducation nationale de Nancy-Est",
  authorName: "Dominique Bernard",
  isRevision: false,
  offerUrl: appUrl("/admin/offres/1234"),
  queueUrl: appUrl("/admin/offres/a-valider"),
});

export default defineEmail({
  label: "Offre à valider par l'ARS",
  subject: regionOfferToValidateSubject,
  component: RegionOfferToValidate,
  preview: regionOfferToValidatePreview,
});
