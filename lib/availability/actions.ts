"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import { addExcludedDates, createPeriod, deletePeriod, duplicatePeriod, institutionActorOf, removeExcludedDates, updatePeriod } from "./periods";
import { excludedDateSchema, periodRefSchema, periodSchema, updatePeriodSchema } from "./schemas";

/** Server actions of « Disponibilités » (institution users only: capability availability.manage). */
function refresh() {
  revalidatePath("/espace/disponibilites", "layout");
  revalidatePath("/espace/calendrier");
  revalidatePath("/admin/calendrier");
}

export const createPeriodAction = defineAction({
  access: "availability.manage",
  schema: periodSchema,
  handler: async (values, { user }) => {
    const created = await createPeriod(institutionActorOf(user), values);
    refresh();
    return created;
  },
});

export const updatePeriodAction = defineAction({
  access: "availability.manage",
  schema: updatePeriodSchema,
  handler: async ({ periodId, ...values }, { user }) => {
    await updatePeriod(institutionActorOf(user), periodId, values);
    refresh();
    return null;
  },
});

export const duplicatePeriodAction = defineAction({
  access: "availability.manage",
  schema: periodRefSchema,
  handler: async ({ periodId }, { user }) => {
    const created = await duplicatePeriod(institutionActorOf(user), periodId);
    refresh();
    return created;
  },
});

export const deletePeriodAction = defineAction({
  access: "availability.manage",
  schema: periodRefSchema,
  handler: async ({ periodId }, { user }) => {
    await deletePeriod(institutionActorOf(user), periodId);
    refresh();
    return null;
  },
});

export const addExcludedDateAction = defineAction({
  access: "availability.manage",
  schema: excludedDateSchema,
  handler: async ({ periodId, date, endDate }, { user }) => {
    await addExcludedDates(institutionActorOf(user), periodId, date, endDate);
    refresh();
    return null;
  },
});

export const removeExcludedDateAction = defineAction({
  access: "availability.manage",
  schema: excludedDateSchema,
  handler: async ({ periodId, date, endDate }, { user }) => {
    await removeExcludedDates(institutionActorOf(user), periodId, date, endDate);
    refresh();
    return null;
  },
});
