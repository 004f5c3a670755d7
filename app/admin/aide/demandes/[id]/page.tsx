import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttachmentList } from "@/components/catalogue/attachment-list";
import { SupportAnswerForm } from "@/components/help/support-answer-form";
import { SupportStateBadge } from "@/components/help/support-state-badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { getSupportRequest } from "@/lib/help/queries";
import { requesterRoleLabel, supportTopicLabel } from "@/lib/help/schemas";
import { formatPhone, toE164 } from "@/lib/core/validation/phone";
import { isUuid } from "@/lib/core/validation/ids";

export const metadata: Metadata = { title: "Demande d'assistance" };

/** One « Demande d'assistance » of the admin's région: what was sent, the attachments, « Répondre ». */
export default async function SupportRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("help.manage");
  const { id } = await params;
  const request = isUuid(id) ? await getSupportRequest(regionOf(user), id) : null;
  if (!request) notFound();

  return (
    <>
      <Breadcrumb items={[{ label: "Aide et assistance", href: "/admin/aide" }, { label: "Demande d'assistance" }]} />
      <h1>{request.subject}</h1>
      <p>
        <SupportStateBadge handledAt={request.handledAt} />
      </p>
      <dl className="mb-8 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-bold">Reçue le</dt>
        <dd className="m-0">{formatDateTimeFr(request.createdAt)}</dd>
        <dt className="font-bold">Vous êtes</dt>
        <dd className="m-0">{requesterRoleLabel(request.requesterRole)}</dd>
        <dt className="font-bold">Nom</dt>
        <dd className="m-0">
          {request.name}
          {request.userId && <span className="ml-2 text-sm text-grey-425">(connecté à son compte)</span>}
        </dd>
        <dt className="font-bold">Adresse email</dt>
        <dd className="m-0 break-words">
          <a href={`mailto:${request.email}`}>{request.email}</a>
        </dd>
        <dt className="font-bold">Téléphone</dt>
        <dd className="m-0">{request.phone ? <a href={`tel:${toE164(request.phone) ?? request.phone}`}>{formatPhone(request.phone)}</a> : "Non renseigné"}</dd>
        <dt className="font-bold">Votre demande concerne</dt>
        <dd className="m-0">{supportTopicLabel(request.topic)}</dd>
      </dl>
      <section aria-labelledby="message" className="mb-8 max-w-3xl">
        <h2 id="message">Message</h2>
        <p className="border-l-4 border-blue-france bg-grey-975 px-4 py-3 whitespace-pre-line">{request.message}</p>
      </section>
      {request.attachments.length === 0 ? (
        <p className="mb-8">Aucune pièce jointe.</p>
      ) : (
        <AttachmentList title="Pièces jointes" files={request.attachments} hrefFor={(file) => `/admin/aide/demandes/${request.id}/fichiers/${file.fileId}`} />
      )}
      <SupportAnswerForm requestId={request.id} email={request.email} handled={request.handledAt !== null} />
    </>
  );
}
