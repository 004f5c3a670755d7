"use client";

import { useId } from "react";
import { useController, useWatch, type Control, type FieldValues } from "react-hook-form";
import { ErrorText } from "@/components/ui/field-parts";
import { MAX_MONTHLY_GRIDS, monthLabel } from "@/lib/offers/reception";
import type { ModalitiesStepInput } from "@/lib/offers/schemas";
import { slotList, WeeklyGridTable } from "./weekly-grid-field";

type Props = { control: Control<ModalitiesStepInput, unknown, FieldValues>; months: readonly string[]; error?: string };

/**
 * « Adapter selon le mois » (docs/produit.md#plage-daccueil-selon-le-mois): one weekly grid per month of
 * the period, each starting from the shared grid, so that only the months that differ need a click
 * (no reception in December, mornings only in June). The server fills a month left untouched the same way.
 */
export function MonthlyGridsField({ control, months, error }: Props) {
  const { field } = useController({ control: control as Control<ModalitiesStepInput>, name: "monthlySlots" });
  const shared = slotList(useWatch({ control: control as Control<ModalitiesStepInput>, name: "weeklySlots" }));
  const headingId = useId();
  const errorId = useId();
  const grids = (field.value ?? {}) as Record<string, unknown>;
  const notice =
    months.length === 0
      ? "Indiquez le début et la fin de période : une plage d'accueil par mois de la période apparaîtra ici."
      : months.length > MAX_MONTHLY_GRIDS
        ? `La période dépasse ${MAX_MONTHLY_GRIDS} mois : raccourcissez-la ou gardez la même plage tous les mois.`
        : null;
  return (
    <div role="group" aria-labelledby={headingId} aria-describedby={error ? errorId : undefined} className="mb-6">
      <p id={headingId} className="mb-2 text-base text-grey-50">
        Plage d&apos;accueil, mois par mois
      </p>
      {notice ? (
        <p className="text-sm text-grey-425">{notice}</p>
      ) : (
        <div className="grid grid-cols-1 gap-x-6 lg:grid-cols-2">
          {months.map((month) => (
            <WeeklyGridTable
              key={month}
              caption={`Plage d'accueil en ${monthLabel(month)}`}
              context={monthLabel(month)}
              value={month in grids ? slotList(grids[month]) : shared}
              onChange={(slots) => field.onChange({ ...grids, [month]: slots })}
            />
          ))}
        </div>
      )}
      <ErrorText id={errorId} error={error} />
    </div>
  );
}
