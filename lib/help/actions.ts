"use server";

import { revalidatePath, updateTag } from "next/cache";
import { headers } from "next/headers";
import { defineAction } from "@/lib/core/actions/define-action";
import { clientAddress } from "@/lib/core/http/client-address";
import { createFaqEntry, deleteFaqEntry, moveFaqEntry, updateFaqEntry } from "./faq";
import { FAQ_TAG } from "./queries";
import {
  answerSupportRequestSchema,
  faqEntryRefSchema,
  faqEntrySchema,
  moveFaqEntrySchema,
  supportRequestRefSchema,
  supportRequestSchema,
  updateFaqEntrySchema,
} from "./schemas";
import { answerSupportRequest, helpAdminOf, markSupportRequestHandled, submitSupportRequest } from "./support";

/** Server actions of « Aide et assistance » (docs/produit.md#aide-et-assistance): the public form, then the regional admins' screens. */

/** « Envoyer ma demande »: public; a logged-in user is linked to the request. */
export const submitSupportRequestAction = defineAction({
  access: "public",
  schema: supportRequestSchema,
  handler: async (values, { user }) => {
    const id = await submitSupportRequest(values, { user, address: clientAddress(await headers()) });
    revalidatePath("/admin/aide", "layout");
    return { id };
  },
});

export const answerSupportRequestAction = defineAction({
  access: "help.manage",
  schema: answerSupportRequestSchema,
  handler: async ({ requestId, answer }, { user }) => {
    await answerSupportRequest(helpAdminOf(user), requestId, answer);
    revalidatePath("/admin/aide", "layout");
    return null;
  },
});

export const markSupportRequestHandledAction = defineAction({
  access: "help.manage",
  schema: supportRequestRefSchema,
  handler: async ({ requestId }, { user }) => {
    await markSupportRequestHandled(helpAdminOf(user), requestId);
    revalidatePath("/admin/aide", "layout");
    return null;
  },
});

function refreshFaq() {
  updateTag(FAQ_TAG);
  revalidatePath("/admin/aide", "layout");
}

export const createFaqEntryAction = defineAction({
  access: "help.manage",
  schema: faqEntrySchema,
  handler: async (values, { user }) => {
    const created = await createFaqEntry(helpAdminOf(user), values);
    refreshFaq();
    return created;
  },
});

export const updateFaqEntryAction = defineAction({
  access: "help.manage",
  schema: updateFaqEntrySchema,
  handler: async ({ entryId, ...values }, { user }) => {
    await updateFaqEntry(helpAdminOf(user), entryId, values);
    refreshFaq();
    return null;
  },
});

export const deleteFaqEntryAction = defineAction({
  access: "help.manage",
  schema: faqEntryRefSchema,
  handler: async ({ entryId }, { user }) => {
    await deleteFaqEntry(helpAdminOf(user), entryId);
    refreshFaq();
    return null;
  },
});

export const moveFaqEntryAction = defineAction({
  access: "help.manage",
  schema: moveFaqEntrySchema,
  handler: async ({ entryId, direction }, { user }) => {
    await moveFaqEntry(helpAdminOf(user), entryId, direction);
    refreshFaq();
    return null;
  },
});
