"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { addExcludedDateAction, removeExcludedDateAction } from "@/lib/availability/actions";
import { formatDateFr } from "@/lib/core/dates/paris";
import { runAction } from "./action-form";

/**
 * « Dates exclues » (exams, holidays): days of the period when the students cannot come, added
 * and removed one by one (seed 003 « Programmer une indisponibilité »).
 */
export function ExcludedDatesEditor({ periodId, dates, startDate, endDate }: { periodId: string; dates: string[]; startDate: string; endDate: string }) {
  const router = useRouter();
  const [date, setDate] = useState("");
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState("");
  const [pending, startTransition] = useTransition();

  function add(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await runAction(() => addExcludedDateAction({ periodId, date }));
      if (!result.ok) {
        setError(result.fieldErrors?.date?.[0] ?? result.message);
        return;
      }
      setError(undefined);
      setStatus(`Le ${formatDateFr(date)} est exclu.`);
      setDate("");
      router.refresh();
    });
  }

  function remove(day: string) {
    startTransition(async () => {
      const result = await runAction(() => removeExcludedDateAction({ periodId, date: day }));
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(undefined);
      setStatus(`Le ${formatDateFr(day)} n'est plus exclu.`);
      router.refresh();
    });
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
