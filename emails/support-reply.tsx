import { ActionLink, EmailLayout, Greeting, Paragraph, Quote, Signature } from "./components/layout";
import { appUrl } from "@/lib/core/env";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { defineEmail } from "./define-email";

/** sentAt: an ISO instant (when the request was sent). */
type Props = { name: string; answer: string; answeredBy: string; regionName: string; subject: string; message: string; sentAt: string; helpUrl: string };

const supportReplySubject = ({ subject }: Props) => `Réponse à votre demande d'assistance : ${subject}`;

/** The regional admin's answer, with the original message quoted so the requester has the whole thread. */
function SupportReply({ name, answer, answeredBy, regionName, subject, message, sentAt, helpUrl }: Props) {
  return (
    <EmailLayout preview={`Réponse de l'ARS ${regionName} à votre demande « ${subject} ».`}>
      <Greeting firstName={name} />
      <Paragraph>
        Voici la réponse des administrateurs de la plateforme de la région {regionName} à votre demande d&apos;assistance « {subject} » :
      </Paragraph>
      <Quote>{answer}</Quote>
      <Paragraph>
        — {answeredBy}, agence régionale de santé {regionName}
      </Paragraph>
      <Paragraph>Votre message du {formatDateTimeFr(sentAt)} :</Paragraph>
      <Quote>{message}</Quote>
      <Paragraph>Si la réponse ne règle pas votre difficulté, envoyez une nouvelle demande depuis la page d&apos;aide :</Paragraph>
      <ActionLink href={helpUrl} label="Aide et assistance" />
      <Signature />
    </EmailLayout>
  );
}

const supportReplyPreview = (): Props => ({
  name: "Camille Durand",
  answer: "Bonjour,\nvotre offre commence sa publication le 1er juin : elle sera visible ce jour-là.\nBien cordialement.",
  answeredBy: "Dominique Leroy",
  regionName: "Île-de-France",
  subject: "Mon offre n'apparaît pas",
  message: "J'ai validé mon offre hier mais elle n'apparaît pas dans la liste des offres publiées.",
  sentAt: "2026-05-12T08:30:00.000Z",
  helpUrl: appUrl("/aide"),
});

export default defineEmail({
  label: "Réponse à une demande d'assistance",
  subject: supportReplySubject,
  component: SupportReply,
  preview: supportReplyPreview,
});
