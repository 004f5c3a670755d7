"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { addExcludedDateAction, removeExcludedDateAction } from "@/lib/availability/actions";
import { useRefreshingAction } from "@/lib/core/actions/use-action-form";
import { formatDateFr } from "@/lib/core/dates/paris";

/**
 * « Dates exclues » (exams, holidays): days of the period when the students cannot come, added
 * and removed one by one (guide SAS « Programmer une indisponibilité »).
 */
export function ExcludedDatesEditor({ periodId, dates, startDate, endDate }: { periodId: string; dates: string[]; startDate: string; endDate: string }) {
  const [date, setDate] = useState("");
  const [status, setStatus] = useState("");
  const { error, pending, run } = useRefreshingAction();

  function add(event: FormEvent) {
    event.preventDefault();
    run(
      () => addExcludedDateAction({ periodId, date }),
      () => {
        setStatus(`Le ${formatDateFr(date)} est exclu.`);
        setDate("");
      },
      // The one field of this form shows the refusal, whichever it is.
      (result) => result.fieldErrors?.date?.[0],
    );
  }

  function remove(day: string) {
    run(
      () => removeExcludedDateAction({ periodId, date: day }),
      () => setStatus(`Le ${formatDateFr(day)} n'est plus exclu.`),
    );
  }

  return (
    <section aria-labelledby="titre-dates-exclues" className="mt-10 max-w-3xl">
      <h2 id="titre-dates-exclues">Dates exclues</h2>
      <p>Les jours de la période où les étudiants ne peuvent pas venir (examens, congés) : ils n&apos;apparaissent pas dans le calendrier.</p>
      <p role="status" className="sr-only">
        {status}
      </p>
      {dates.length === 0 ? (
        <p>Aucune date exclue.</p>
      ) : (
        <ul className="mb-6 list-none p-0" aria-label="Dates exclues de la période">
          {dates.map((day) => (
            <li key={day} className="flex items-center gap-4 border-b border-grey-900 py-2">
              <span>{formatDateFr(day)}</span>
              <Button size="sm" variant="tertiary" disabled={pending} onClick={() => remove(day)}>
                Retirer<span className="sr-only"> le {formatDateFr(day)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error && !pending && (
        <Alert tone="error" size="sm" data-testid="excluded-date-error">
          <p>{error}</p>
        </Alert>
      )}
      <form onSubmit={add} noValidate className="flex flex-wrap items-end gap-4" aria-label="Ajouter une date exclue">
        <TextField
          label="Date à exclure"
          name="excludedDate"
          type="date"
          min={startDate}
          max={endDate}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          error={error}
          groupClassName="mb-0"
        />
        <Button type="submit" variant="secondary" disabled={pending || !date}>
          Ajouter la date
        </Button>
      </form>
    </section>
  );
}
