import { randomUUID } from "node:crypto";
import { activityLog, offerRevisions, offers, offerStatusHistory } from "../schema";
import type { Tx } from "../client";
import { fullName } from "./offer-content";
import type { OfferAction, OfferEvent, OfferSpec } from "./offers";
import { itemAt } from "./random";

/** Inserts the offers with their history, pending revisions and the structures' recent activity; returns the offers' ids, in order. */
export async function insertOffers(tx: Tx, specs: OfferSpec[]): Promise<number[]> {
  const inserted = await tx
    .insert(offers)
    .values(specs.map((spec) => spec.row))
    .returning({ id: offers.id, name: offers.name });
  // One multi-row INSERT returns its rows in order; checked, because every foreign key below relies on it.
  inserted.forEach((row, index) => {
    if (row.name !== itemAt(specs, index).row.name) throw new Error("Ordre inattendu des offres insérées");
  });

  const revisionIds = new Map<number, string>();
  const revisions = specs.flatMap((spec, index) => {
    if (!spec.revision) return [];
    const id = randomUUID();
    revisionIds.set(itemAt(inserted, index).id, id);
    const { content, author, at } = spec.revision;
    return [
      { id, offerId: itemAt(inserted, index).id, state: "PENDING" as const, content, authorId: author.id, submittedAt: at, createdAt: at, updatedAt: at },
    ];
  });
  if (revisions.length > 0) await tx.insert(offerRevisions).values(revisions);

  const history = specs.flatMap((spec, index) =>
    spec.events.map((event) => ({
      offerId: itemAt(inserted, index).id,
      revisionId: event.action === "submit_revision" ? (revisionIds.get(itemAt(inserted, index).id) ?? null) : null,
      fromState: event.from,
      toState: event.to,
      actorId: event.actor?.id ?? null,
      action: event.action,
      comment: event.comment ?? null,
      createdAt: event.at,
    })),
  );
  // Chronological ids, so that "order by id" and "order by created_at" agree.
  history.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  await tx.insert(offerStatusHistory).values(history);

  const activity = specs.flatMap((spec, index) =>
    spec.events.map((event) => ({
      actorId: event.actor?.id ?? null,
      structureId: spec.structure.id,
      regionCode: spec.structure.place.regionCode,
      action: `offer.${activityVerb(event)}`,
      subjectType: "offer",
      subjectId: String(itemAt(inserted, index).id),
      summary: summarize(event, spec.row.name),
      details: { offerId: itemAt(inserted, index).id, fromState: event.from, toState: event.to, ...(event.comment ? { comment: event.comment } : {}) },
      createdAt: event.at,
    })),
  );
  activity.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  await tx.insert(activityLog).values(activity);
  return inserted.map((row) => row.id);
}

const ACTIVITY_VERBS: Record<Exclude<OfferAction, "dates">, string> = {
  create: "created",
  submit: "submitted",
  validate: "validated",
  send_back: "sent_back",
  stop: "stopped",
  delete: "deleted",
  submit_revision: "revision_submitted",
};

function activityVerb(event: OfferEvent): string {
  if (event.action === "dates") return event.to === "PUBLISHED" ? "published" : "expired";
  return ACTIVITY_VERBS[event.action];
}

const STATE_LABELS = { DRAFT: "Brouillon", PENDING: "En attente de validation", VALIDATED: "Validée", PUBLISHED: "Publiée", EXPIRED: "Caduque" } as const;

function summarize(event: OfferEvent, offerName: string): string {
  const offer = `l'offre « ${offerName} »`;
  if (!event.actor) {
    return event.to === "PUBLISHED"
      ? `Publication de ${offer} : la date de début de publication est atteinte.`
      : `${offer.charAt(0).toUpperCase()}${offer.slice(1)} est devenue caduque : la date de fin de publication est passée.`;
  }
  const who = fullName(event.actor);
  switch (event.action) {
    case "create":
      return `${who} a créé ${offer}.`;
    case "submit":
      return `${who} a demandé la validation de ${offer}.`;
    case "validate":
      return `${who} a validé ${offer} (état : ${STATE_LABELS[event.to]}).`;
    case "send_back":
      return `${who} a renvoyé ${offer} pour correction.`;
    case "stop":
      return `${who} a arrêté la publication de ${offer}.`;
    case "delete":
      return `${who} a supprimé ${offer}.`;
    case "submit_revision":
      return `${who} a proposé une modification de ${offer}, en attente de validation.`;
    default:
      return `${who} a modifié ${offer}.`;
  }
}
