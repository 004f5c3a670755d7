import { ActionLink, EmailLayout, Greeting, Paragraph, Quote, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { defineEmail } from "./define-email";

type Props = {
  requesterName: string;
  requesterRole: string;
  requesterEmail: string;
  /** « Téléphone », formatted; null when not given. */
  requesterPhone: string | null;
  /** « Votre demande concerne », as its label. */
  topic: string;
  regionName: string;
  subject: string;
  message: string;
  attachmentCount: number;
  requestUrl: string;
};

const supportRequestSubject = ({ subject }: Props) => `Demande d'assistance : ${subject}`;

/** To each admin of the région the « Formulaire d'assistance » was sent to (docs/produit.md#aide-et-assistance). */
function SupportRequest({
  requesterName,
  requesterRole,
  requesterEmail,
  requesterPhone,
  topic,
  regionName,
  subject,
  message,
  attachmentCount,
  requestUrl,
}: Props) {
  return (
    <EmailLayout preview={`${requesterName} (${requesterRole}) a envoyé une demande d'assistance.`}>
      <Greeting />
      <Paragraph>
        {requesterName} ({requesterRole}, {requesterEmail}
        {requesterPhone && `, ${requesterPhone}`}) a envoyé une demande d&apos;assistance pour la région {regionName}, avec l&apos;objet « {subject} » :
      </Paragraph>
      <Paragraph>Sa demande concerne : {topic}.</Paragraph>
      <Quote>{message}</Quote>
      {attachmentCount > 0 && (
        <Paragraph>
          {attachmentCount === 1 ? "Une pièce jointe accompagne la demande." : `${attachmentCount} pièces jointes accompagnent la demande.`}
        </Paragraph>
      )}
      <Paragraph>Vous pouvez y répondre depuis l&apos;espace d&apos;administration : la réponse lui sera envoyée par email.</Paragraph>
      <ActionLink href={requestUrl} label="Voir la demande" />
      <Signature />
    </EmailLayout>
  );
}

const supportRequestPreview = (): Props => ({
  requesterName: "Camille Durand",
  requesterRole: "Structure d'accueil",
  requesterEmail: "camille.durand@exemple.fr",
  requesterPhone: "01 23 45 67 89",
  topic: "Une offre",
  regionName: "Île-de-France",
  subject: "Mon offre n'apparaît pas",
  message: "Bonjour,\nj'ai validé mon offre hier mais elle n'apparaît pas dans la liste des offres publiées.\nMerci de votre aide.",
  attachmentCount: 1,
  requestUrl: appUrl("/admin/aide/demandes/00000000-0000-4000-8000-000000000000"),
});

export default defineEmail({ label: "Demande d'assistance", subject: supportRequestSubject, component: SupportRequest, preview: supportRequestPreview });
