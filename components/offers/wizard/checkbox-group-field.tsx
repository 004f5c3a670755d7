"use client";

import { useController, type Control, type FieldValues, type Path } from "react-hook-form";
import { Checkbox, Fieldset } from "@/components/ui/field";

type Props<T extends FieldValues> = {
  control: Control<T, unknown, FieldValues>;
  name: Path<T>;
  label: string;
  hint?: string;
  required?: boolean;
  options: { id: number; label: string }[];
  error?: string;
};

/**
 * Several checkboxes for one list of ids (« Thématique(s) », « Public cible »). Controlled as an
 * array of strings, so one option or twenty behave the same (react-hook-form turns a lone
 * registered checkbox into a boolean).
 */
export function CheckboxGroupField<T extends FieldValues>({ control, name, label, hint, required, options, error }: Props<T>) {
  const { field } = useController({ control: control as Control<T>, name });
  const selected = new Set<string>(Array.isArray(field.value) ? (field.value as unknown[]).map(String) : []);
  function toggle(id: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(id);
    else next.delete(id);
    field.onChange(options.map((o) => String(o.id)).filter((value) => next.has(value)));
  }
  return (
    <Fieldset label={label} name={name} hint={hint} required={required} error={error} inline>
      {options.map((option) => (
        <Checkbox
          key={option.id}
          label={option.label}
          name={name}
          value={String(option.id)}
          checked={selected.has(String(option.id))}
          onChange={(event) => toggle(String(option.id), event.target.checked)}
          onBlur={field.onBlur}
          groupClassName="sm:w-[calc(50%-1.5rem)]"
        />
      ))}
    </Fieldset>
  );
}
