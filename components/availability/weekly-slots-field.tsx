"use client";

import type { UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Fieldset } from "@/components/ui/field";
import { WEEKDAYS, type PeriodInput } from "@/lib/availability/schemas";

const DAYS: Record<number, string> = { 1: "Lundi", 2: "Mardi", 3: "Mercredi", 4: "Jeudi", 5: "Vendredi", 6: "Samedi", 7: "Dimanche" };
const HALVES = [
  { key: "am", label: "Matin" },
  { key: "pm", label: "Après-midi" },
] as const;
const WORKDAY_SLOTS = WEEKDAYS.filter((day) => day <= 5).flatMap((day) => [`${day}-am`, `${day}-pm`]);

/**
 * The weekly grid (« Créer une récurrence hebdomadaire », guide SAS): a table of checkboxes, days
 * by matin / après-midi, each checkbox named by its day and half-day for screen readers.
 */
export function WeeklySlotsField({ form, error }: { form: UseFormReturn<PeriodInput>; error?: string }) {
  const set = (slots: string[]) => form.setValue("weeklySlots", slots, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  return (
    <Fieldset
      label="Demi-journées de la semaine"
      name="weeklySlots"
      hint="Les demi-journées où les étudiants peuvent venir, chaque semaine de la période. En continu sans case cochée : tous les jours."
      error={error}
    >
      <table className="mb-3 border-collapse text-sm">
        <caption className="sr-only">Demi-journées de disponibilité, par jour de la semaine</caption>
        <thead>
          <tr>
            <th scope="col" className="px-3 py-2 text-left">
              Jour
            </th>
            {HALVES.map((half) => (
              <th key={half.key} scope="col" className="px-3 py-2">
                {half.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((day) => (
            <tr key={day} className={cx(day >= 6 && "bg-grey-975")}>
              <th scope="row" className="px-3 py-2 text-left font-normal">
                {DAYS[day]}
              </th>
              {HALVES.map((half) => {
                const id = `slot-${day}-${half.key}`;
                return (
                  <td key={half.key} className="px-3 py-2 text-center">
                    <label htmlFor={id} className="sr-only">
                      {DAYS[day]} {half.label.toLowerCase()}
                    </label>
                    <input
                      id={id}
                      type="checkbox"
                      value={`${day}-${half.key}`}
                      className="size-5 cursor-pointer accent-blue-france"
                      {...form.register("weeklySlots")}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-3">
        <Button size="sm" variant="tertiary" onClick={() => set(WORKDAY_SLOTS)}>
          Cocher du lundi au vendredi
        </Button>
        <Button size="sm" variant="tertiary" onClick={() => set([])}>
          Tout décocher
        </Button>
      </div>
    </Fieldset>
  );
}
