/**
 * What every server action answers: its data, or every field error (each next to its field) and/or
 * one French message for the whole form. Client-safe: imported by forms.
 */
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionResult<T = null> = { ok: true; data: T; message?: string } | { ok: false; message?: string; fieldErrors?: FieldErrors; code?: string };

export const initialActionState: ActionResult<never> | null = null;

export function firstFieldError(result: ActionResult<unknown> | null | undefined, field: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
}
