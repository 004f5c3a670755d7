"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { cx } from "@/components/ui/cx";
import { controlClass, describedBy, ErrorText, FieldLabel, groupClass, Hint } from "@/components/ui/field-parts";
import { outsideServedRegionsMessage } from "@/lib/signups/schemas";

export type CommuneOption = { code: string; name: string; postalCode: string; departmentCode: string };
type FoundCommune = CommuneOption & { served: boolean };
type CommuneAnswer = { communes: FoundCommune[]; servedRegions: { code: string; name: string }[] };

export type CommuneComboboxProps = {
  id: string;
  label?: string;
  /** The commune chosen so far (kept when the user comes back to the step). */
  value: CommuneOption | null;
  onChange: (commune: CommuneOption | null) => void;
  error?: string;
  required?: boolean;
  /**
   * A structure's own address: communes of a région the platform does not serve are listed, but
   * cannot be chosen, and the field says which régions it serves and whom to contact instead.
   */
  servedRegionsOnly?: boolean;
};

const label = (commune: CommuneOption) => `${commune.postalCode} ${commune.name}`;

/** What the live region says once the server answered: how many communes, none, or only communes outside the served régions. */
function answerStatus(found: FoundCommune[], outsideNotice: string | undefined) {
  if (found.length === 0) return "Aucune commune trouvée : vérifiez le code postal ou l'orthographe.";
  if (outsideNotice) return outsideNotice;
  const plural = found.length > 1 ? "s" : "";
  return `${found.length} commune${plural} proposée${plural} : utilisez les flèches haut et bas pour choisir, puis Entrée.`;
}

/**
 * The combobox's state: the text typed, the server's answers (debounced, the previous request
 * aborted), the active option moved by the arrows, and the choice made by Enter or a click.
 */
function useCommuneListbox({ value, onChange, servedRegionsOnly }: Pick<CommuneComboboxProps, "value" | "onChange"> & { servedRegionsOnly: boolean }) {
  const [query, setQuery] = useState(value ? label(value) : "");
  const [options, setOptions] = useState<FoundCommune[]>([]);
  const [servedRegions, setServedRegions] = useState<CommuneAnswer["servedRegions"]>([]);
  const [outsideNotice, setOutsideNotice] = useState<string | undefined>();
  const isRefused = (commune: FoundCommune) => servedRegionsOnly && !commune.served;
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
    setOutsideNotice(undefined);
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
        const answer = (await response.json()) as CommuneAnswer;
        const found = answer.communes;
        setOptions(found);
        setServedRegions(answer.servedRegions);
        setActive(-1);
        setOpen(found.length > 0);
        // Typed « 89140 » and every answer lies outside: say it now, not after a refused choice.
        const allOutside = servedRegionsOnly && found.length > 0 && found.every((commune) => !commune.served);
        const notice = allOutside ? outsideServedRegionsMessage(answer.servedRegions) : undefined;
        setOutsideNotice(notice);
        setStatus(answerStatus(found, notice));
      } catch (cause) {
        if ((cause as Error).name !== "AbortError") setStatus("La liste des communes n'a pas pu être chargée : réessayez.");
      }
    }, 200);
  }

  function choose(commune: FoundCommune) {
    if (isRefused(commune)) {
      setOutsideNotice(outsideServedRegionsMessage(servedRegions));
      setStatus(outsideServedRegionsMessage(servedRegions));
      return;
    }
    setOutsideNotice(undefined);
    setQuery(label(commune));
    setOpen(false);
    setActive(-1);
    setStatus(`Commune choisie : ${label(commune)}`);
    onChange({ code: commune.code, name: commune.name, postalCode: commune.postalCode, departmentCode: commune.departmentCode });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === "Enter" && open && options[active]) {
      // Choosing in the list must not submit the whole step.
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  return { query, setQuery, options, open, setOpen, active, status, outsideNotice, isRefused, search, choose, onKeyDown };
}

/**
 * « Commune » by postal code or name (ARIA 1.2 combobox with a listbox popup): the user types,
 * the server's official list answers (/api/communes), arrows move in the list, Enter or a click
 * chooses. Only a chosen commune counts: typing again clears the choice.
 */
export function CommuneCombobox({ id, label: fieldLabel = "Commune", value, onChange, error, required, servedRegionsOnly = false }: CommuneComboboxProps) {
  const listboxId = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const { query, setQuery, options, open, setOpen, active, status, outsideNotice, isRefused, search, choose, onKeyDown } = useCommuneListbox({
    value,
    onChange,
    servedRegionsOnly,
  });

  const activeId = open && active >= 0 ? `${listboxId}-${active}` : undefined;
  const shownError = error ?? outsideNotice;
  return (
    <div className={groupClass(shownError)}>
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
          aria-invalid={shownError ? true : undefined}
          aria-describedby={describedBy(hintId, shownError && errorId)}
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
              aria-disabled={isRefused(commune) || undefined}
              // Keeps the focus in the input, where the keyboard user is.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(commune)}
              className={cx(
                "px-4 py-2",
                isRefused(commune) ? "cursor-not-allowed" : "cursor-pointer",
                index === active ? "bg-blue-france text-white" : "text-grey-50 hover:bg-grey-975",
              )}
            >
              {label(commune)} <span className={index === active ? "text-white" : "text-grey-425"}>({commune.departmentCode})</span>
              {isRefused(commune) && <span className={index === active ? "text-white" : "text-grey-425"}> — hors des régions de la plateforme</span>}
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className="sr-only">
        {status}
      </p>
      <ErrorText id={errorId} error={shownError} />
    </div>
  );
}
