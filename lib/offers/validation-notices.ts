import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { structures, users, type Offer, type OfferValidationMode } from "@/db/schema";
import { appUrl } from "@/lib/core/env";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { offerSpaceUrl, structureUsersWith, type Actor } from "./transitions";

/**
 * Who is told that an offer (or the modification of a live one) waits for validation
 * (docs/produit.md#courriels): the structure's VALIDEURs, or under « par l'ARS » the région's
 * admins, whose queue « Offres à valider » then lists it.
 */
export async function notifyValidators(
  tx: Tx,
  offer: Offer,
  actor: Actor,
  validatedBy: OfferValidationMode,
  options: { offerName?: string; revision?: boolean } = {},
): Promise<void> {
  const offerName = options.offerName ?? offer.name;
  if (validatedBy === "STRUCTURE") {
    for (const validator of await structureUsersWith(tx, offer.structureId, "VALIDEUR", actor.id)) {
      await enqueueEmail(tx, {
        template: "offer-to-validate",
        to: validator.email,
        props: { offerNumber: offer.id, offerName, authorName: actor.displayName, offerUrl: offerSpaceUrl(offer.id) },
        regionCode: offer.regionCode,
      });
    }
    return;
  }
  const [structure] = await tx.select({ name: structures.name }).from(structures).where(eq(structures.id, offer.structureId)).limit(1);
  for (const admin of await regionAdmins(tx, offer.regionCode)) {
    await enqueueEmail(tx, {
      template: "region-offer-to-validate",
      to: admin.email,
      props: {
        offerNumber: offer.id,
        offerName,
        structureName: structure?.name ?? "",
        authorName: actor.displayName,
        isRevision: options.revision ?? false,
        offerUrl: appUrl(`/admin/offres/${offer.id}`),
        queueUrl: appUrl("/admin/offres/a-valider"),
      },
      regionCode: offer.regionCode,
    });
  }
}

/** The région's admins who can act: not frozen, account activated. */
export async function regionAdmins(tx: Tx, regionCode: string) {
  return tx
    .select({ id: users.id, email: users.email, firstName: users.firstName })
    .from(users)
    .where(and(eq(users.kind, "REGIONAL_ADMIN"), eq(users.regionCode, regionCode), isNull(users.frozenAt), isNotNull(users.passwordHash)));
}
