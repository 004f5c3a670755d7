"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { cx } from "@/components/ui/cx";
import { controlClass, describedBy, ErrorText, FieldLabel, groupClass, Hint } from "@/components/ui/field-parts";

export type CommuneOption = { code: string; name: string; postalCode: string; departmentCode: string };

export type CommuneComboboxProps = {
  id: string;
  label?: string;
  /** The commune chosen so far (kept when the user comes back to the step). */
  value: CommuneOption | null;
  onChange: (commune: CommuneOption | null) => void;
  error?: string;
  required?: boolean;
};

const label = (commune: CommuneOption) => `${commune.postalCode} ${commune.name}`;

/**
 * « Commune » by postal code or name (ARIA 1.2 combobox with a listbox popup): the user types,
 * the server's official list answers (/api/communes), arrows move in the list, Enter or a click
 * chooses. Only a chosen commune counts: typing again clears the choice.
 */
export function CommuneCombobox({ id, label: fieldLabel = "Commune", value, onChange, error, required }: CommuneComboboxProps) {
  const listboxId = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [query, setQuery] = useState(value ? label(value) : "");
  const [options, setOptions] = useState<CommuneOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const request = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(
    () => () => {
      request.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  function search(text: string) {
    if (timer.current) clearTimeout(timer.current);
    request.current?.abort();
    if (text.trim().length < 2) {
      setOptions([]);
      setOpen(false);
      setStatus("");
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/communes?q=${encodeURIComponent(text.trim())}`, { signal: controller.signal });
        const found = (await response.json()) as CommuneOption[];
        setOptions(found);
        setActive(-1);
        setOpen(found.length > 0);
        setStatus(
          found.length === 0
            ? "Aucune commune trouvée : vérifiez le code postal ou l'orthographe."
            : `${found.length} commune${found.length > 1 ? "s" : ""} proposée${found.length > 1 ? "s" : ""} : utilisez les flèches haut et bas pour choisir, puis Entrée.`,
        );
      } catch (cause) {
        if ((cause as Error).name !== "AbortError") setStatus("La liste des communes n'a pas pu être chargée : réessayez.");
      }
    }, 200);
  }

  function choose(commune: CommuneOption) {
    setQuery(label(commune));
    setOpen(false);
    setActive(-1);
    setStatus(`Commune choisie : ${label(commune)}`);
    onChange(commune);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === "Enter" && open && active >= 0) {
      // Choosing in the list must not submit the whole step.
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const activeId = open && active >= 0 ? `${listboxId}-${active}` : undefined;
  return (
    <div className={groupClass(error)}>
      <FieldLabel htmlFor={id} label={fieldLabel} required={required} />
      <Hint id={hintId} hint="Tapez le code postal ou le nom de la commune, puis choisissez-la dans la liste. Par exemple : 93200 ou Saint-Denis." />
      <div className="relative mt-2">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          aria-required={required || undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, error && errorId)}
          value={query}
          maxLength={100}
          onChange={(event) => {
            setQuery(event.target.value);
            if (value) onChange(null);
            search(event.target.value);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => options.length > 0 && !value && setOpen(true)}
          onBlur={() => setOpen(false)}
          className={controlClass}
        />
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Communes proposées"
          hidden={!open}
          className="absolute inset-x-0 top-full z-30 m-0 max-h-72 list-none overflow-y-auto border border-grey-900 bg-white p-0 shadow-lg"
        >
          {options.map((commune, index) => (
            <li
              key={`${commune.code}-${commune.postalCode}`}
              id={`${listboxId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Keeps the focus in the input, where the keyboard user is.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(commune)}
              className={cx("cursor-pointer px-4 py-2", index === active ? "bg-blue-france text-white" : "text-grey-50 hover:bg-grey-975")}
            >
              {label(commune)} <span className={index === active ? "text-white" : "text-grey-425"}>({commune.departmentCode})</span>
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="sr-only">
        {status}
      </p>
      <ErrorText id={errorId} error={error} />
    </div>
  );
}
