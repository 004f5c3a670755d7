import type { ComponentPropsWithRef, ReactNode } from "react";
import { cx } from "./cx";
import { describedBy, ErrorText, groupClass, Hint, ids, RequiredMark } from "./field-parts";

type GroupBase = {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  /** Options side by side instead of one per line. */
  inline?: boolean;
  groupClassName?: string;
};

function Legend({ id, label, required }: { id: string; label: ReactNode; required?: boolean }) {
  return (
    <legend id={id} className="mb-1 p-0 text-base text-grey-50">
      {label}
      <RequiredMark required={required} />
    </legend>
  );
}

export type FieldsetProps = GroupBase & { id?: string; children: ReactNode };

/**
 * A group of controls under one legend (checkbox lists, the weekly grid). As in the DSFR, the
 * group's error is part of its accessible name, so it is heard on entering the group.
 */
export function Fieldset({ label, name, hint, error, required, inline, groupClassName, id, children }: FieldsetProps) {
  const i = ids(name, id);
  const legendId = `${i.id}-legend`;
  return (
    <fieldset
      className={groupClass(error, cx("m-0 min-w-0 border-0 p-0", groupClassName))}
      aria-labelledby={describedBy(legendId, error ? i.error : undefined)}
      aria-describedby={hint ? i.hint : undefined}
    >
      <Legend id={legendId} label={label} required={required} />
      <Hint id={i.hint} hint={hint} />
      <div className={cx("mt-3", inline && "flex flex-wrap gap-x-6")}>{children}</div>
      <ErrorText id={i.error} error={error} />
    </fieldset>
  );
}

export type RadioOption = { value: string; label: ReactNode; hint?: ReactNode; disabled?: boolean };

export type RadioGroupProps = GroupBase &
  Omit<ComponentPropsWithRef<"input">, "name" | "type" | "value" | "defaultValue" | "checked" | "defaultChecked" | "required"> & {
    options: RadioOption[];
    /** Selected value when controlled (pair it with onChange). */
    value?: string;
    defaultValue?: string;
  };

/**
 * Radio buttons under a legend. The remaining props (onChange, onBlur, ref, disabled) go to every
 * radio, which is what react-hook-form's `register` expects for a radio group.
 */
export function RadioGroup({
  label,
  name,
  hint,
  error,
  required,
  inline,
  groupClassName,
  id,
  options,
  value,
  defaultValue,
  className,
  ...inputProps
}: RadioGroupProps) {
  const i = ids(name, id);
  const legendId = `${i.id}-legend`;
  return (
    <fieldset
      className={groupClass(error, cx("m-0 min-w-0 border-0 p-0", groupClassName))}
      aria-labelledby={legendId}
      role="radiogroup"
      aria-required={required || undefined}
      aria-invalid={error ? true : undefined}
    >
      <Legend id={legendId} label={label} required={required} />
      <Hint id={i.hint} hint={hint} />
      <div className={cx("mt-3", inline ? "flex flex-wrap gap-x-6 gap-y-3" : "flex flex-col gap-3")}>
        {options.map((option, index) => {
          const optionId = `${i.id}-${index}`;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                {...inputProps}
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                required={required}
                disabled={option.disabled || inputProps.disabled}
                checked={value === undefined ? undefined : value === option.value}
                defaultChecked={defaultValue === undefined ? undefined : defaultValue === option.value}
                // Each radio carries the group's hint and error: screen readers announce them
                // more reliably on the focused control than on the fieldset.
                aria-describedby={describedBy(hint ? i.hint : undefined, option.hint ? `${optionId}-hint` : undefined, error ? i.error : undefined)}
                className={cx("mt-0.5 size-5 shrink-0 cursor-pointer accent-blue-france", className)}
              />
              <div>
                <label htmlFor={optionId} className="block text-base text-grey-50">
                  {option.label}
                </label>
                <Hint id={`${optionId}-hint`} hint={option.hint} />
              </div>
            </div>
          );
        })}
      </div>
      <ErrorText id={i.error} error={error} />
    </fieldset>
  );
}
