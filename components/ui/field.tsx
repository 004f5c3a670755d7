import type { ComponentPropsWithRef } from "react";
import { cx } from "./cx";
import { controlClass, controlProps, ErrorText, FieldLabel, groupClass, Hint, ids, type FieldBase } from "./field-parts";
import { ChevronDownIcon } from "./icons";

export { RequiredFieldsNotice } from "./field-parts";

export type TextFieldProps = FieldBase & Omit<ComponentPropsWithRef<"input">, "name" | "required">;

export function TextField({ label, name, hint, error, required, groupClassName, id, className, ...props }: TextFieldProps) {
  const i = ids(name, id);
  return (
    <div className={groupClass(error, groupClassName)}>
      <FieldLabel htmlFor={i.id} label={label} required={required} />
      <Hint id={i.hint} hint={hint} />
      <input
        type="text"
        {...props}
        {...controlProps(i, { name, hint, error, required }, props["aria-describedby"])}
        className={cx("mt-2", controlClass, className)}
      />
      <ErrorText id={i.error} error={error} />
    </div>
  );
}

export type TextAreaProps = FieldBase & Omit<ComponentPropsWithRef<"textarea">, "name" | "required">;

export function TextArea({ label, name, hint, error, required, groupClassName, id, className, rows = 5, ...props }: TextAreaProps) {
  const i = ids(name, id);
  return (
    <div className={groupClass(error, groupClassName)}>
      <FieldLabel htmlFor={i.id} label={label} required={required} />
      <Hint id={i.hint} hint={hint} />
      <textarea
        rows={rows}
        {...props}
        {...controlProps(i, { name, hint, error, required }, props["aria-describedby"])}
        className={cx("mt-2 resize-y", controlClass, className)}
      />
      <ErrorText id={i.error} error={error} />
    </div>
  );
}

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = FieldBase &
  Omit<ComponentPropsWithRef<"select">, "name" | "required"> & {
    options?: SelectOption[];
    /** First, empty option (« Sélectionner une option »); its value is "". */
    placeholder?: string;
  };

export function Select({ label, name, hint, error, required, groupClassName, id, className, options, placeholder, children, ...props }: SelectProps) {
  const i = ids(name, id);
  return (
    <div className={groupClass(error, groupClassName)}>
      <FieldLabel htmlFor={i.id} label={label} required={required} />
      <Hint id={i.hint} hint={hint} />
      <div className="relative mt-2">
        <select
          {...props}
          {...controlProps(i, { name, hint, error, required }, props["aria-describedby"])}
          className={cx("cursor-pointer appearance-none pr-10", controlClass, className)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options?.map((option) => (
            <option key={option.value} value={option.value} disabled={option.disabled}>
              {option.label}
            </option>
          ))}
          {children}
        </select>
        <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2 text-grey-50" />
      </div>
      <ErrorText id={i.error} error={error} />
    </div>
  );
}

export type CheckboxProps = FieldBase & Omit<ComponentPropsWithRef<"input">, "name" | "required" | "type">;

/** One checkbox with its label on the right. For a list of them, wrap them in a Fieldset. */
export function Checkbox({ label, name, hint, error, required, groupClassName, id, className, ...props }: CheckboxProps) {
  // Several checkboxes share a name (a list of permissions): their value tells their ids apart.
  const valueSuffix = props.value !== undefined ? `-${String(props.value).replace(/[^\w-]/g, "-")}` : "";
  const i = ids(name, id ?? (valueSuffix ? `${name}${valueSuffix}` : undefined));
  return (
    <div className={groupClass(error, cx("mb-3", groupClassName))}>
      <div className="flex items-start gap-3">
        <input
          {...props}
          type="checkbox"
          {...controlProps(i, { name, hint, error, required }, props["aria-describedby"])}
          className={cx("mt-0.5 size-5 shrink-0 cursor-pointer accent-blue-france", className)}
        />
        <div>
          <FieldLabel htmlFor={i.id} label={label} required={required} />
          <Hint id={i.hint} hint={hint} />
        </div>
      </div>
      <ErrorText id={i.error} error={error} />
    </div>
  );
}

// Radio groups and the Fieldset live in field-group.tsx to keep each file readable.
export { Fieldset, RadioGroup, type FieldsetProps, type RadioGroupProps, type RadioOption } from "./field-group";
