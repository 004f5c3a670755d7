import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { structures } from "@/db/schema";
import { recordActivity } from "@/lib/core/activity/record";
import { fieldError, notFoundError } from "@/lib/core/errors";
import { getRegion } from "@/lib/core/geo/territories";
import { checkSignupStructure, storeLogo, type LogoUpload } from "@/lib/signups/submit";
import { otherRegionMessage, type StructureAccountValues } from "./schemas";

/** `otherRegionMessage`: the regional admin editing a structure gets its own wording (lib/structures/admin). */
export type StructureEditor = { id: string; structureId: string; otherRegionMessage?: string };

const FIELDS = [
  "offererTypeId",
  "name",
  "siren",
  "street",
  "addressComplement",
  "postalCode",
  "communeCode",
  "legalRepCivility",
  "legalRepLastName",
  "legalRepFirstName",
  "legalRepFunction",
  "description",
] as const;

/**
 * « Enregistrer » on « Mon compte offreur »: the same server checks as sign-up step 1 (commune and
 * postal code from the official list, offerer type in the reference list, logo judged by its
 * bytes). The structure stays in its région: its regional admins moderate it and see its offers,
 * so moving it is theirs to do. A replaced logo's file is kept (the sign-up request may show it).
 * Returns the names of the fields that changed.
 */
export async function updateStructureAccount(
  editor: StructureEditor,
  values: StructureAccountValues,
  logo: LogoUpload | undefined,
  now: Date = new Date(),
): Promise<{ changes: string[] }> {
  const fields = await checkSignupStructure(values, logo, db, editor.structureId);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(structures).where(eq(structures.id, editor.structureId)).for("update");
    if (!current) throw notFoundError("Cette structure");
    if (fields.regionCode !== current.regionCode) {
      throw fieldError("communeCode", editor.otherRegionMessage ?? otherRegionMessage(getRegion(current.regionCode)?.name));
    }
    const logoFileId = logo ? await storeLogo(tx, logo) : values.removeLogo ? null : current.logoFileId;
    const changes: string[] = FIELDS.filter((field) => (fields[field] ?? null) !== (current[field] ?? null));
    if (logoFileId !== current.logoFileId) changes.push("logo");
    if (changes.length === 0) return { changes };

    await tx
      .update(structures)
      .set({ ...fields, addressComplement: fields.addressComplement ?? null, logoFileId, updatedAt: now })
      .where(eq(structures.id, editor.structureId));
    await recordActivity(tx, {
      action: "structure.updated",
      subjectId: editor.structureId,
      actorId: editor.id,
      structureId: editor.structureId,
      regionCode: current.regionCode,
      summary: `Compte offreur modifié : ${fields.name}`,
      details: { changes },
      at: now,
    });
    return { changes };
  });
}
