import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { referenceItems, structures } from "@/db/schema";
import { buildOfferSheet, type OfferSheet } from "@/lib/offers/sheet/offer-sheet";
import { formatPhone } from "@/lib/core/validation/phone";
import type { FullContent } from "../content";
import { OFFER_STATE_LABELS } from "../labels";
import type { SpaceOffer } from "../queries";
import { describeAttachments } from "../attachments";
import { attachmentIdsOf } from "../revisions";
import { publicationDatesText } from "../publication-text";
import { one } from "@/lib/core/rows";

/**
 * The offer laid out by the catalogue's own sheet builder (one source for the public page, the
 * public PDF and the space), for any state: the space shows drafts and pending offers too. The
 * publication line says the state, since the offer may not be public.
 */
export async function buildSpaceOfferSheet(space: SpaceOffer, content: FullContent = space.content): Promise<OfferSheet> {
  const ids = [...content.themeIds, ...content.targetPublicIds, ...(content.fieldTypeId ? [content.fieldTypeId] : [])];
  const [labels, structure] = await Promise.all([
    ids.length > 0
      ? db
          .select({ id: referenceItems.id, label: referenceItems.label, position: referenceItems.position })
          .from(referenceItems)
          .where(inArray(referenceItems.id, ids))
      : [],
    db
      .select({
        name: structures.name,
        description: structures.description,
        logoFileId: structures.logoFileId,
        communeName: structures.communeName,
        departmentCode: structures.departmentCode,
      })
      .from(structures)
      .where(eq(structures.id, space.offer.structureId))
      .limit(1)
      .then(one),
  ]);
  const byId = new Map(labels.map((item) => [item.id, item]));
  const labelsOf = (list: number[]) =>
    list
      .flatMap((id) => byId.get(id) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((item) => item.label);

  const sheet = buildOfferSheet({
    ...content,
    id: space.offer.id,
    version: space.offer.version,
    description: content.description ?? "",
    // Stored as +33…: shown as people write them.
    referentPhone: content.referentPhone ? formatPhone(content.referentPhone) : null,
    localReferentPhone: content.localReferentPhone ? formatPhone(content.localReferentPhone) : null,
    themeLabels: labelsOf(content.themeIds),
    targetPublicLabels: labelsOf(content.targetPublicIds),
    fieldTypeLabel: content.fieldTypeId ? (byId.get(content.fieldTypeId)?.label ?? null) : null,
    // The builder prints dates in French; the line is replaced below when they are missing.
    publicationStart: content.publicationStart ?? "2000-01-01",
    publicationEnd: content.publicationEnd ?? "2000-01-01",
    structure,
    attachments: space.attachments,
  });
  return {
    ...sheet,
    publication: {
      start: content.publicationStart ?? "",
      end: content.publicationEnd ?? "",
      label: `${OFFER_STATE_LABELS[space.offer.state]} — ${publicationDatesText(content.publicationStart, content.publicationEnd)}`,
    },
  };
}

/** The published version of a live offer under modification, laid out the same way: what « Ce qui change » compares with. */
export async function buildPublishedSheet(space: SpaceOffer): Promise<OfferSheet> {
  const attachments = await describeAttachments(db, await attachmentIdsOf(db, space.offer.id));
  return buildSpaceOfferSheet({ ...space, attachments }, space.offer as FullContent);
}
