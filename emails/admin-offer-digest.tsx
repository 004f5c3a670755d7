import { Section } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { formatDateFr } from "@/lib/core/dates/paris";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

/** waitingSince: an ISO instant. */
type Props = {
  firstName: string;
  offers: { offerNumber: string | number; offerName: string; structureName: string; waitingSince: string }[];
  queueUrl: string;
};

const plural = (count: number) => (count > 1 ? `${count} offres attendent` : "1 offre attend");

const adminOfferDigestSubject = ({ offers }: Props) => `Rappel : ${plural(offers.length)} la validation de l'ARS`;

/** Daily reminder (docs/produit.md#courriels): once a day at most, to a regional admin whose région's offers wait for the ARS. */
function AdminOfferDigest({ firstName, offers, queueUrl }: Props) {
  return (
    <EmailLayout preview={`${plural(offers.length)} la validation de l'ARS.`}>
      <Greeting firstName={firstName} />
      <Paragraph>{plural(offers.length)} la validation de l&apos;ARS depuis plus d&apos;un jour :</Paragraph>
      <Section>
        <ul style={{ fontSize: "16px", lineHeight: "24px", paddingLeft: "20px" }}>
          {offers.map((offer) => (
            <li key={String(offer.offerNumber)}>
              Offre n° {offer.offerNumber} « {offer.offerName} » ({offer.structureName}), en attente depuis le {formatDateFr(new Date(offer.waitingSince))}
            </li>
          ))}
        </ul>
      </Section>
      <ActionLink href={queueUrl} label="Voir les offres à valider" />
      <Signature />
    </EmailLayout>
  );
}

const adminOfferDigestPreview = (): Props => ({
  firstName: "Sacha",
  offers: [
    {
      offerNumber: 1234,
      offerName: "Prévention des addictions au collège",
      structureName: "Association Prév'Alsace",
      waitingSince: "2026-03-02T09:30:00.000Z",
    },
    { offerNumber: 1240, offerName: "Gestes qui sauvent au lycée", structureName: "Ville de Mulhouse", waitingSince: "2026-03-04T14:00:00.000Z" },
  ],
  queueUrl: appUrl("/admin/offres/a-valider"),
});

export default defineEmail({
  label: "Rappel des offres à valider (ARS)",
  subject: adminOfferDigestSubject,
  component: AdminOfferDigest,
  preview: adminOfferDigestPreview,
});
