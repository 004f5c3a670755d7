"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import type { SessionUser } from "@/lib/core/auth/session";
import { expireOfferCache } from "@/lib/offers/catalogue/cache";
import { addReferenceItem, deleteReferenceItem, moveReferenceItem, renameReferenceItem, setReferenceItemActive, type ReferenceEditor } from "./manage";
import { addReferenceItemSchema, moveReferenceItemSchema, referenceItemRefSchema, renameReferenceItemSchema } from "./schemas";

/** Server actions of « Référentiels » (regional admins: capability references.edit). */
const editorOf = (user: SessionUser): ReferenceEditor => ({ id: user.id, regionCode: user.regionCode ?? null });

/**
 * The public filters and the cards' labels come from the catalogue's cache: expire it so that a
 * new, renamed or deactivated item shows on /offres at the next request, not minutes later.
 */
function refresh() {
  expireOfferCache();
  revalidatePath("/admin/referentiels");
}

export const addReferenceItemAction = defineAction({
  access: "references.edit",
  schema: addReferenceItemSchema,
  handler: async ({ kind, label }, { user }) => {
    const created = await addReferenceItem(editorOf(user), kind, label);
    refresh();
    return created;
  },
});

export const renameReferenceItemAction = defineAction({
  access: "references.edit",
  schema: renameReferenceItemSchema,
  handler: async ({ itemId, label }, { user }) => {
    await renameReferenceItem(editorOf(user), itemId, label);
    refresh();
    return null;
  },
});

export const moveReferenceItemAction = defineAction({
  access: "references.edit",
  schema: moveReferenceItemSchema,
  handler: async ({ itemId, direction }, { user }) => {
    await moveReferenceItem(editorOf(user), itemId, direction);
    refresh();
    return null;
  },
});

export const deactivateReferenceItemAction = defineAction({
  access: "references.edit",
  schema: referenceItemRefSchema,
  handler: async ({ itemId }, { user }) => {
    await setReferenceItemActive(editorOf(user), itemId, false);
    refresh();
    return null;
  },
});

export const reactivateReferenceItemAction = defineAction({
  access: "references.edit",
  schema: referenceItemRefSchema,
  handler: async ({ itemId }, { user }) => {
    await setReferenceItemActive(editorOf(user), itemId, true);
    refresh();
    return null;
  },
});

export const deleteReferenceItemAction = defineAction({
  access: "references.edit",
  schema: referenceItemRefSchema,
  handler: async ({ itemId }, { user }) => {
    await deleteReferenceItem(editorOf(user), itemId);
    refresh();
    return null;
  },
});
