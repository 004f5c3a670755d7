"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { addExcludedDateAction, removeExcludedDateAction } from "@/lib/availability/actions";
import { excludedRanges } from "@/lib/availability/days";
import { describeExcludedRange } from "@/lib/availability/describe";
import { excludedDateSchema, type ExcludedDateInput } from "@/lib/availability/schemas";
import { fieldProps, useActionForm, useRefreshingAction, useSchemaForm } from "@/lib/core/actions/use-action-form";

const FIELDS = ["date", "endDate"] as const;
// The period's own form, on the same page, has a field named endDate: these ids keep both unique.

/**
 * « Dates exclues » (exams, holidays): days of the period when the students cannot come, one day
 * or a range « Du … Au … » per entry (a two-week holiday is one entry), added and removed as such
 * (guide SAS « Programmer une indisponibilité »). Public holidays need no entry: they are never
 * available.
 */
export function ExcludedDatesEditor({ periodId, dates, startDate, endDate }: { periodId: string; dates: string[]; startDate: string; endDate: string }) {
  const [status, setStatus] = useState("");
  const blank: ExcludedDateInput = { periodId, date: "", endDate: "" };
  const form = useSchemaForm(excludedDateSchema, { defaultValues: blank });
  const { topId, formError, submitWith } = useActionForm(form, { fields: FIELDS });
  const removal = useRefreshingAction();
  const ranges = excludedRanges(dates);

  const add = submitWith(addExcludedDateAction, (_data, values) => {
    const range = { start: values.date, end: values.endDate || values.date };
    setStatus(`${describeExcludedRange(range)} : exclu${range.start === range.end ? "" : "s"}.`);
    form.reset(blank);
    removal.router.refresh();
    return false;
  });

  function remove(range: { start: string; end: string }) {
    removal.run(
      () => removeExcludedDateAction({ periodId, date: range.start, endDate: range.end }),
      () => setStatus(`${describeExcludedRange(range)} : n'est plus exclu.`),
    );
  }

  return (
    <section aria-labelledby="titre-dates-exclues" className="mt-10 max-w-3xl">
      <h2 id="titre-dates-exclues">Dates exclues</h2>
      <p>
        Les jours de la période où les étudiants ne peuvent pas venir (examens, congés) : ils n&apos;apparaissent pas dans le calendrier. Les jours fériés
        n&apos;y sont jamais comptés, inutile de les ajouter.
      </p>
      <p role="status" className="sr-only">
        {status}
      </p>
      {ranges.length === 0 ? (
        <p>Aucune date exclue.</p>
      ) : (
        <ul className="mb-6 list-none p-0" aria-label="Dates exclues de la période">
          {ranges.map((range) => (
            <li key={range.start} className="flex items-center gap-4 border-b border-grey-900 py-2">
              <span className="first-letter:uppercase">{describeExcludedRange(range)}</span>
              <Button size="sm" variant="tertiary" disabled={removal.pending} onClick={() => remove(range)}>
                Retirer<span className="sr-only"> {describeExcludedRange(range)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {removal.error && !removal.pending && (
        <Alert tone="error" size="sm" data-testid="excluded-date-error">
          <p>{removal.error}</p>
        </Alert>
      )}
      <FormStatus id={topId} error={formError} errorTitle="Les dates ne sont pas exclues" size="sm" errorTestId="excluded-date-error" />
      <form onSubmit={add} noValidate className="flex flex-wrap items-end gap-4" aria-label="Ajouter des dates exclues">
        <input type="hidden" {...form.register("periodId")} />
        <TextField id="exclusion-du" label="Du" type="date" required min={startDate} max={endDate} groupClassName="mb-0" {...fieldProps(form, "date")} />
        <TextField
          id="exclusion-au"
          label="Au"
          type="date"
          min={startDate}
          max={endDate}
          hint="Laissez vide pour un seul jour."
          groupClassName="mb-0"
          {...fieldProps(form, "endDate")}
        />
        <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
          Ajouter
        </Button>
      </form>
    </section>
  );
}
