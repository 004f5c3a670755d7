import type { Metadata } from "next";
import { EmailFrame } from "@/components/outbox/email-frame";
import { notFound } from "next/navigation";
import { OutboxStatusBadge } from "@/components/outbox/outbox-status-badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { templateLabel } from "@/lib/core/outbox/labels";
import { findRegionEmail } from "@/lib/core/outbox/queries";
import { hasSecretLinks, hideSecretLinks } from "@/lib/core/outbox/secret-links";
import { usesLocalMailbox } from "@/lib/core/outbox/transports";

export const metadata: Metadata = { title: "Courriel" };

type Props = { params: Promise<{ id: string }> };

/**
 * One message as it left (or will leave): with the embedded default there is no mail provider, so
 * this page is where the admin reads it. The HTML is shown in a sandboxed frame (no scripts, no
 * same-origin access) because it contains what users typed. With a mail service, activation and
 * reset links are shown masked: they are the addressee's alone (lib/core/outbox/secret-links.ts).
 */
export default async function OutboxMessagePage({ params }: Props) {
  const user = await requireUser("outbox.view");
  const { id } = await params;
  const email = await findRegionEmail(regionOf(user), id);
  if (!email) notFound();
  const localMailbox = usesLocalMailbox();
  const html = localMailbox ? email.html : hideSecretLinks(email.html);
  const text = localMailbox ? email.text : hideSecretLinks(email.text);

  const details: [string, React.ReactNode][] = [
    ["Destinataire", email.toEmail],
    ["Modèle", templateLabel(email.template)],
    ["État", <OutboxStatusBadge key="status" status={email.status} />],
    ["Tentatives", email.attempts],
    ["Créé le", formatDateTimeFr(email.createdAt)],
  ];
  if (email.sentAt) details.push(["Envoyé le", formatDateTimeFr(email.sentAt)]);
  if (email.status === "QUEUED" && email.attempts > 0) details.push(["Prochaine tentative", formatDateTimeFr(email.nextAttemptAt)]);
  if (email.providerMessageId) details.push(["Identifiant chez le service d'envoi", email.providerMessageId]);
  if (email.lastError) details.push(["Dernière erreur", email.lastError]);

  return (
    <>
      <Breadcrumb items={[{ label: "Administration régionale", href: "/admin" }, { label: "Courriels", href: "/admin/courriels" }, { label: email.subject }]} />
      <h1>{email.subject}</h1>
      <dl className="mb-10 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {details.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-bold">{label}</dt>
            <dd className="m-0 break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {localMailbox && hasSecretLinks(email.text) && (
        <p className="mb-6 max-w-3xl border-l-4 border-blue-france bg-grey-975 p-4">
          Aucun service d&apos;envoi n&apos;est configuré : ce message n&apos;a quitté la plateforme que vers cette page, et son lien personnel y reste lisible
          pour que vous puissiez le transmettre. Dès qu&apos;un service d&apos;envoi est configuré, ces liens sont masqués ici.
        </p>
      )}
      <section aria-labelledby="titre-message" className="mb-10">
        <h2 id="titre-message">Message</h2>
        <EmailFrame title={`Contenu du courriel « ${email.subject} »`} html={html} />
      </section>
      <section aria-labelledby="titre-texte">
        <h2 id="titre-texte">Version texte</h2>
        <pre className="max-w-3xl border border-grey-900 bg-grey-975 p-4 text-sm break-words whitespace-pre-wrap">{text}</pre>
      </section>
    </>
  );
}
