import { z } from "zod";
import { structureAccountSchema } from "@/lib/structures/schemas";
import { requiredText } from "@/lib/core/validation/common";

/**
 * « Structures » of the regional admin (docs/produit.md#pouvoirs-de-lars): the admin corrects a structure with the very schema
 * of « Mon compte offreur », plus the structure's id; freezing needs a reason, kept in the activity
 * log and sent to the structure's administrators. Client-safe.
 */
const structureIdSchema = z.uuid({ error: "Structure introuvable" });

export const adminStructureAccountSchema = structureAccountSchema.extend({ structureId: structureIdSchema });

export const FREEZE_REASON_MAX = 1000;

export const freezeStructureSchema = z.object({
  structureId: structureIdSchema,
  reason: requiredText("Motif du gel", FREEZE_REASON_MAX),
});
export type FreezeStructureInput = z.input<typeof freezeStructureSchema>;

export const unfreezeStructureSchema = z.object({ structureId: structureIdSchema });

/** The status filter of the list, as it reads in the URL (`?etat=gelee`). */
export const STRUCTURE_STATUSES = ["active", "gelee"] as const;
export type StructureStatus = (typeof STRUCTURE_STATUSES)[number];
export const STRUCTURE_STATUS_LABELS: Record<StructureStatus, string> = { active: "Active", gelee: "Gelée" };
