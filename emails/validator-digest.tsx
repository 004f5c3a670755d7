import { Section } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { formatDateFr } from "@/lib/core/dates/paris";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

/** waitingSince: an ISO instant. */
type Props = { firstName: string; offers: { offerNumber: string | number; offerName: string; waitingSince: string }[]; spaceUrl: string };

const plural = (count: number) => (count > 1 ? `${count} offres attendent` : "1 offre attend");

const validatorDigestSubject = ({ offers }: Props) => `Rappel : ${plural(offers.length)} votre validation`;

/** Daily reminder (docs/produit.md#courriels): once a day at most, to a VALIDEUR whose structure has offers waiting for more than two days. */
function ValidatorDigest({ firstName, offers, spaceUrl }: Props) {
  return (
    <EmailLayout preview={`${plural(offers.length)} votre validation.`}>
      <Greeting firstName={firstName} />
      <Paragraph>{plural(offers.length)} votre validation depuis plus de deux jours :</Paragraph>
      <Section>
        <ul style={{ fontSize: "16px", lineHeight: "24px", paddingLeft: "20px" }}>
          {offers.map((offer) => (
            <li key={String(offer.offerNumber)}>
              Offre n° {offer.offerNumber} « {offer.offerName} », en attente depuis le {formatDateFr(new Date(offer.waitingSince))}
            </li>
          ))}
        </ul>
      </Section>
      <ActionLink href={spaceUrl} label="Voir les offres à valider" />
      <Signature />
    </EmailLayout>
  );
}

const validatorDigestPreview = (): Props => ({
  firstName: "Claude",
  offers: [
    { offerNumber: 1234, offerName: "Prévention des addictions au collège", waitingSince: "2026-03-02T09:30:00.000Z" },
    { offerNumber: 1240, offerName: "Hygiène bucco-dentaire en école maternelle", waitingSince: "2026-03-04T14:00:00.000Z" },
  ],
  spaceUrl: appUrl("/espace/offres?etat=PENDING"),
});

export default defineEmail({ label: "Rappel aux valideurs", subject: validatorDigestSubject, component: ValidatorDigest, preview: validatorDigestPreview });
