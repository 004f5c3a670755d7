"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import {
  createInstitution,
  createInstitutionUser,
  deleteInstitutionUser,
  regionalAdminOf,
  setInstitutionActive,
  setInstitutionUserActive,
  updateInstitution,
} from "./manage";
import { institutionRefSchema, institutionSchema, institutionUserRefSchema, institutionUserSchema, updateInstitutionSchema } from "./schemas";

/** Server actions of « Établissements » (regional admins: capability institutions.manage). */
function refresh() {
  revalidatePath("/admin/etablissements", "layout");
  revalidatePath("/admin/calendrier");
}

export const createInstitutionAction = defineAction({
  access: "institutions.manage",
  schema: institutionSchema,
  handler: async (values, { user }) => {
    const created = await createInstitution(regionalAdminOf(user), values);
    refresh();
    return created;
  },
});

export const updateInstitutionAction = defineAction({
  access: "institutions.manage",
  schema: updateInstitutionSchema,
  handler: async ({ institutionId, ...values }, { user }) => {
    await updateInstitution(regionalAdminOf(user), institutionId, values);
    refresh();
    return null;
  },
});

export const deactivateInstitutionAction = defineAction({
  access: "institutions.manage",
  schema: institutionRefSchema,
  handler: async ({ institutionId }, { user }) => {
    await setInstitutionActive(regionalAdminOf(user), institutionId, false);
    refresh();
    return null;
  },
});

export const reactivateInstitutionAction = defineAction({
  access: "institutions.manage",
  schema: institutionRefSchema,
  handler: async ({ institutionId }, { user }) => {
    await setInstitutionActive(regionalAdminOf(user), institutionId, true);
    refresh();
    return null;
  },
});

export const createInstitutionUserAction = defineAction({
  access: "institutions.manage",
  schema: institutionUserSchema,
  handler: async (values, { user }) => {
    const created = await createInstitutionUser(regionalAdminOf(user), values);
    refresh();
    return created;
  },
});

export const deactivateInstitutionUserAction = defineAction({
  access: "institutions.manage",
  schema: institutionUserRefSchema,
  handler: async ({ userId }, { user }) => {
    await setInstitutionUserActive(regionalAdminOf(user), userId, false);
    refresh();
    return null;
  },
});

export const reactivateInstitutionUserAction = defineAction({
  access: "institutions.manage",
  schema: institutionUserRefSchema,
  handler: async ({ userId }, { user }) => {
    await setInstitutionUserActive(regionalAdminOf(user), userId, true);
    refresh();
    return null;
  },
});

export const deleteInstitutionUserAction = defineAction({
  access: "institutions.manage",
  schema: institutionUserRefSchema,
  handler: async ({ userId }, { user }) => {
    await deleteInstitutionUser(regionalAdminOf(user), userId);
    refresh();
    return null;
  },
});
