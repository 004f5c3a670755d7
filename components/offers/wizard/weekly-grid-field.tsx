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
/** Both half-days of each of `days`, in the grid's order. */
const slotsOf = (days: readonly number[]) => days.flatMap((day) => [slot(day, "am"), slot(day, "pm")]);

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
  const set = (slots: string[], checked: boolean) => onChange(toggled(selected, slots, checked));

  return (
    <div className="mb-6">
      <div role="region" aria-labelledby={captionId} tabIndex={0} className="max-w-full overflow-x-auto">
        <table className="border-collapse text-left text-sm" aria-describedby={`${hintId}${error ? ` ${errorId}` : ""}`}>
          <caption id={captionId} className="pb-1 text-left text-base text-grey-50">
            {caption}
          </caption>
          <GridHead />
          <tbody>
            {DAYS.map((day) => (
              <DayRow key={day} day={day} selected={selected} named={named} set={set} />
            ))}
          </tbody>
        </table>
      </div>
      <p id={hintId} className="m-0 mt-2 text-xs text-grey-425">
        Cochez les demi-journées où la structure peut accueillir les étudiants.
      </p>
      <GridShortcuts named={context ? named : undefined} set={set} />
      <ErrorText id={errorId} error={error} />
    </div>
  );
}

/** The slots of `selected` with `slots` ticked or unticked, in the grid's order (Monday morning first). */
function toggled(selected: ReadonlySet<string>, slots: string[], checked: boolean): string[] {
  const next = new Set(selected);
  for (const s of slots) {
    if (checked) next.add(s);
    else next.delete(s);
  }
  return slotsOf(DAYS).filter((s) => next.has(s));
}

type SetSlots = (slots: string[], checked: boolean) => void;

function GridHead() {
  return (
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
  );
}

/** One day: its morning, its afternoon, and both at once. */
function DayRow({ day, selected, named, set }: { day: (typeof DAYS)[number]; selected: ReadonlySet<string>; named: (text: string) => string; set: SetSlots }) {
  const label = WEEKDAY_LABELS[day];
  const am = selected.has(slot(day, "am"));
  const pm = selected.has(slot(day, "pm"));
  return (
    <tr className="border-b border-grey-900">
      <th scope="row" className="px-4 py-2 font-normal">
        {label}
      </th>
      <SlotCell label={named(`${label} matin`)} checked={am} onChange={(checked) => set([slot(day, "am")], checked)} />
      <SlotCell label={named(`${label} après-midi`)} checked={pm} onChange={(checked) => set([slot(day, "pm")], checked)} />
      <SlotCell label={named(`${label} toute la journée`)} checked={am && pm} onChange={(checked) => set(slotsOf([day]), checked)} />
    </tr>
  );
}

function SlotCell({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <td className="px-4 py-2 text-center">
      <input
        type="checkbox"
        className="size-5 cursor-pointer accent-blue-france"
        aria-label={label}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
    </td>
  );
}

/** « Tous les jours de semaine » and « Tout décocher »; `named` gives them the grid's context when several grids share the page. */
function GridShortcuts({ named, set }: { named?: (text: string) => string; set: SetSlots }) {
  return (
    <div className="mt-3 flex flex-wrap gap-3">
      <Button size="sm" variant="secondary" aria-label={named?.("Tous les jours de semaine")} onClick={() => set(slotsOf(WEEKDAYS), true)}>
        Tous les jours de semaine
      </Button>
      <Button size="sm" variant="tertiary" aria-label={named?.("Tout décocher")} onClick={() => set(slotsOf(DAYS), false)}>
        Tout décocher
      </Button>
    </div>
  );
}
