import type { ReactNode } from "react";
import { cx } from "./cx";
import styles from "./field.module.css";
import { ErrorIcon } from "./icons";

// Every field takes the same few props; the rest goes to the native element, including `ref`
// (React 19 passes it as a prop), so `{...register("name")}` from react-hook-form just works.
export type FieldBase = {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  /** Classes of the wrapper (the field group), not of the control. */
  groupClassName?: string;
};

export function ids(name: string, id: string | undefined) {
  const base = id ?? name;
  return { id: base, hint: `${base}-hint`, error: `${base}-error` };
}

export function describedBy(...parts: Array<string | false | undefined>) {
  return parts.filter(Boolean).join(" ") || undefined;
}

/**
 * What every native control of a field carries: its id and name, `required`, and what assistive
 * technologies read (invalid, described by its hint, its error and whatever the caller adds).
 */
export function controlProps(
  i: ReturnType<typeof ids>,
  { name, hint, error, required }: Pick<FieldBase, "name" | "hint" | "error" | "required">,
  extraDescribedBy?: string,
) {
  return {
    id: i.id,
    name,
    required,
    "aria-required": required || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint ? i.hint : undefined, error && i.error, extraDescribedBy),
  } as const;
}

export function RequiredMark({ required }: { required?: boolean }) {
  // The `required` attribute tells assistive technologies; the asterisk is for the eye.
  return required ? (
    <span aria-hidden="true" className="text-error">
      {" "}
      *
    </span>
  ) : null;
}

export function ErrorText({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <p id={id} className="m-0 mt-2 flex items-start gap-1 text-sm text-error">
      <ErrorIcon className="mt-1 size-4" />
      <span>{error}</span>
    </p>
  );
}

export function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={id} className="m-0 mt-1 text-xs text-grey-425">
      {hint}
    </p>
  ) : null;
}

// The DSFR error state: a red bar on the left of the whole group, drawn in the gutter so that
// nothing moves when it appears.
export const groupClass = (error: string | undefined, className?: string) =>
  cx("mb-6", error && "relative before:absolute before:inset-y-0 before:-left-3 before:w-0.5 before:bg-error", className);

/** The control's look (field.module.css); its error underline follows `aria-invalid`. */
export const controlClass = styles.control;

/** The « Parcourir » button of a file input, drawn as a secondary button. */
export const fileInputClass =
  "text-sm file:mr-4 file:cursor-pointer file:border-0 file:bg-white file:px-4 file:py-2 file:font-medium file:text-blue-france file:inset-ring file:inset-ring-blue-france";

export function RequiredFieldsNotice() {
  return <p className="text-sm text-grey-425">Les champs marqués d&apos;un astérisque (*) sont obligatoires.</p>;
}

export function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: ReactNode; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block text-base text-grey-50">
      {label}
      <RequiredMark required={required} />
    </label>
  );
}
