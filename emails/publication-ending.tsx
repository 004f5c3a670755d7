import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { formatDateFr } from "@/lib/core/dates/paris";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

/** endDate: a Paris calendar date, `YYYY-MM-DD`, shown in French. */
type Props = { offerNumber: string | number; offerName: string; endDate: string; offerUrl: string };

const publicationEndingSubject = ({ offerNumber, endDate }: Props) => `Offre n° ${offerNumber} : fin de publication le ${formatDateFr(endDate)}`;

/** Seven days before the end of publication, so that the structure can extend or renew it. */
function PublicationEnding({ offerNumber, offerName, endDate, offerUrl }: Props) {
  return (
    <EmailLayout preview={`La publication de l'offre « ${offerName} » se termine le ${formatDateFr(endDate)}.`}>
      <Greeting />
      <Paragraph>
        La publication de l&apos;offre n° {offerNumber} « {offerName} » se termine le {formatDateFr(endDate)}. Elle deviendra ensuite « Caduque » et ne sera
        plus visible des étudiants.
      </Paragraph>
      <Paragraph>Si vous souhaitez qu&apos;elle reste visible, vous pouvez prolonger sa publication ou la renouveler.</Paragraph>
      <ActionLink href={offerUrl} label="Voir l'offre" />
      <Signature />
    </EmailLayout>
  );
}

const publicationEndingPreview = (): Props => ({
  offerNumber: 1234,
  offerName: "Prévention des addictions au collège",
  endDate: "2026-06-30",
  offerUrl: appUrl("/espace/offres/1234"),
});

export default defineEmail({
  label: "Fin de publication proche",
  subject: publicationEndingSubject,
  component: PublicationEnding,
  preview: publicationEndingPreview,
});
