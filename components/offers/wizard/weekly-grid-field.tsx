"use client";

import { useId } from "react";
import { useController, type Control, type FieldValues } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-parts";
import { WEEKDAY_LABELS } from "@/lib/offers/catalogue/weekly-grid";
import type { ModalitiesStepInput } from "@/lib/offers/schemas";

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const WEEKDAYS = [1, 2, 3, 4, 5] as const;
const slot = (day: number, half: "am" | "pm") => `${day}-${half}`;

/** A form value of the grid: a list, a single checkbox's string, or nothing yet. */
export function slotList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : [];
}

/** The shared « Plage d'accueil » of step 2: the same every month of the period. */
export function WeeklyGridField({ control, error }: { control: Control<ModalitiesStepInput, unknown, FieldValues>; error?: string }) {
  const { field } = useController({ control: control as Control<ModalitiesStepInput>, name: "weeklySlots" });
  return <WeeklyGridTable caption="Plage d'accueil" value={slotList(field.value)} onChange={field.onChange} error={error} />;
}

type TableProps = {
  caption: string;
  value: readonly string[];
  onChange: (slots: string[]) => void;
  error?: string;
  /** Added to each box's name when several grids share the page (« lundi matin, septembre 2026 »). */
  context?: string;
};

/**
 * « Plage d'accueil » (docs/produit.md#assistant-en-quatre-etapes, tutoriel Grand Est): lundi … dimanche × matin / après-midi, as a table of
 * checkboxes with a « Toute la journée » box per day and shortcuts for every weekday. Each box is
 * named by its day and half-day for screen readers; the table headers say the same to the eye.
 */
export function WeeklyGridTable({ caption, value, onChange, error, context }: TableProps) {
  const captionId = useId();
  const hintId = useId();
  const errorId = useId();
  const selected = new Set<string>(value);
  const named = (text: string) => (context ? `${text}, ${context}` : text);

  function set(slots: string[], checked: boolean) {
    const next = new Set(selected);
    for (const s of slots) {
      if (checked) next.add(s);
      else next.delete(s);
    }
    onChange(DAYS.flatMap((day) => [slot(day, "am"), slot(day, "pm")]).filter((s) => next.has(s)));
  }

  return (
    <div className="mb-6">
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="max-w-full overflow-x-auto">
        <table className="border-collapse text-left text-sm" aria-describedby={`${hintId}${error ? ` ${errorId}` : ""}`}>
          <caption id={captionId} className="pb-1 text-left text-base text-grey-50">
            {caption}
          </caption>
          <thead className="bg-grey-950">
            <tr>
              <th scope="col" className="px-4 py-2">
                Jour
              </th>
              <th scope="col" className="px-4 py-2">
                Matin
              </th>
              <th scope="col" className="px-4 py-2">
                Après-midi
              </th>
              <th scope="col" className="px-4 py-2">
                Toute la journée
              </th>
            </tr>
          </thead>
          <tbody>
            {DAYS.map((day) => {
              const label = WEEKDAY_LABELS[day];
              const am = selected.has(slot(day, "am"));
              const pm = selected.has(slot(day, "pm"));
              return (
                <tr key={day} className="border-b border-grey-900">
                  <th scope="row" className="px-4 py-2 font-normal">
                    {label}
                  </th>
                  <td className="px-4 py-2 text-center">
                    <input
                      type="checkbox"
                      className="size-5 cursor-pointer accent-blue-france"
                      aria-label={named(`${label} matin`)}
                      checked={am}
                      onChange={(e) => set([slot(day, "am")], e.target.checked)}
                    />
                  </td>
                  <td className="px-4 py-2 text-center">
                    <input
                      type="checkbox"
                      className="size-5 cursor-pointer accent-blue-france"
                      aria-label={named(`${label} après-midi`)}
                      checked={pm}
                      onChange={(e) => set([slot(day, "pm")], e.target.checked)}
                    />
                  </td>
                  <td className="px-4 py-2 text-center">
                    <input
                      type="checkbox"
                      className="size-5 cursor-pointer accent-blue-france"
                      aria-label={named(`${label} toute la journée`)}
                      checked={am && pm}
                      onChange={(e) => set([slot(day, "am"), slot(day, "pm")], e.target.checked)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p id={hintId} className="m-0 mt-2 text-xs text-grey-425">
        Cochez les demi-journées où la structure peut accueillir les étudiants.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button
          size="sm"
          variant="secondary"
          aria-label={context ? named("Tous les jours de semaine") : undefined}
          onClick={() =>
            set(
              WEEKDAYS.flatMap((day) => [slot(day, "am"), slot(day, "pm")]),
              true,
            )
          }
        >
          Tous les jours de semaine
        </Button>
        <Button
          size="sm"
          variant="tertiary"
          aria-label={context ? named("Tout décocher") : undefined}
          onClick={() =>
            set(
              DAYS.flatMap((day) => [slot(day, "am"), slot(day, "pm")]),
              false,
            )
          }
        >
          Tout décocher
        </Button>
      </div>
      <ErrorText id={errorId} error={error} />
    </div>
  );
}
