import { Section } from "@react-email/components";
import { ActionLink, EmailLayout, Greeting, Paragraph, Signature } from "./components/layout";
import { formatDateFr } from "@/lib/core/dates/paris";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

/** receivedAt: an ISO instant. */
type Props = { firstName: string; requests: { structureName: string; receivedAt: string }[]; reviewUrl: string };

const plural = (count: number) => (count > 1 ? `${count} demandes de compte offreur attendent` : "1 demande de compte offreur attend");

const adminSignupDigestSubject = ({ requests }: Props) => `Rappel : ${plural(requests.length)} votre décision`;

/** Daily reminder (docs/produit.md#courriels): once a day at most, to a regional admin with sign-up requests waiting. */
function AdminSignupDigest({ firstName, requests, reviewUrl }: Props) {
  return (
    <EmailLayout preview={`${plural(requests.length)} votre décision.`}>
      <Greeting firstName={firstName} />
      <Paragraph>{plural(requests.length)} votre décision :</Paragraph>
      <Section>
        <ul style={{ fontSize: "16px", lineHeight: "24px", paddingLeft: "20px" }}>
          {requests.map((request, index) => (
            <li key={index}>
              {request.structureName}, reçue le {formatDateFr(new Date(request.receivedAt))}
            </li>
          ))}
        </ul>
      </Section>
      <ActionLink href={reviewUrl} label="Examiner les demandes" />
      <Signature />
    </EmailLayout>
  );
}

const adminSignupDigestPreview = (): Props => ({
  firstName: "Sacha",
  requests: [
    { structureName: "Association Fleur bleue", receivedAt: "2026-03-02T09:30:00.000Z" },
    { structureName: "Collège Jean Moulin", receivedAt: "2026-03-03T16:10:00.000Z" },
  ],
  reviewUrl: appUrl("/admin/demandes"),
});

export default defineEmail({
  label: "Rappel des demandes de compte",
  subject: adminSignupDigestSubject,
  component: AdminSignupDigest,
  preview: adminSignupDigestPreview,
});
