import "server-only";
import { db } from "@/db/client";
import { regionSettings } from "@/db/schema";
import { recordActivity } from "@/lib/core/activity/record";
import type { SessionUser } from "@/lib/core/auth/session";
import { forbiddenError } from "@/lib/core/errors";
import { getRegionSettings, type RegionSettings } from "./settings";
import { OFFER_VALIDATION_LABELS } from "./schemas";

type Admin = Pick<SessionUser, "id" | "regionCode" | "displayName">;

/**
 * Saves « Paramètres de la région » for the admin's own région, never another (the région comes from
 * the session). A new validation rule applies to what is sent for validation from now on: what
 * already waits keeps the rule it was sent under (docs/produit.md#qui-valide).
 */
export async function updateRegionSettings(admin: Admin, values: Omit<RegionSettings, "regionCode">): Promise<RegionSettings> {
  const regionCode = admin.regionCode;
  if (!regionCode) throw forbiddenError();
  return db.transaction(async (tx) => {
    const before = await getRegionSettings(regionCode, tx);
    const row = { offerValidation: values.offerValidation, contactEmail: values.contactEmail, updatedAt: new Date(), updatedById: admin.id };
    await tx
      .insert(regionSettings)
      .values({ regionCode, ...row })
      .onConflictDoUpdate({ target: regionSettings.regionCode, set: row });
    const changes = [
      before.offerValidation !== values.offerValidation && `validation des offres ${OFFER_VALIDATION_LABELS[values.offerValidation]}`,
      before.contactEmail !== values.contactEmail && `adresse de contact ${values.contactEmail ?? "retirée"}`,
    ].filter(Boolean);
    if (changes.length > 0) {
      await recordActivity(tx, {
        action: "region.settings_updated",
        subjectId: regionCode,
        actorId: admin.id,
        regionCode,
        summary: `${admin.displayName} a modifié les paramètres de la région : ${changes.join(", ")}.`,
        details: { before: { offerValidation: before.offerValidation, contactEmail: before.contactEmail }, after: values },
      });
    }
    return { regionCode, ...values };
  });
}
