import type { AppErrorCode } from "@/lib/core/errors";

/**
 * What every server action answers: its data, or every field error (each next to its field) and/or
 * one French message for the whole form. Client-safe: imported by forms.
 */
export type FieldErrors = Record<string, string[] | undefined>;

/**
 * Why an action refused. The door's own refusals (lib/core/actions/define-action.ts), the codes an
 * AppError carries, the log-in form's two, UNAVAILABLE (the database is restarting), and NETWORK: set in the browser when the request never
 * came back (lib/core/actions/form-errors.ts), so a form can tell a lost connection from a refusal.
 */
export type ActionErrorCode =
  AppErrorCode | "PASSWORD_CHANGE_REQUIRED" | "TERMS_ACCEPTANCE_REQUIRED" | "UNEXPECTED" | "THROTTLED" | "INVALID_CREDENTIALS" | "NETWORK" | "UNAVAILABLE";

export type ActionFailure = { ok: false; message?: string; fieldErrors?: FieldErrors; code?: ActionErrorCode };

export type ActionResult<T = null> = { ok: true; data: T; message?: string } | ActionFailure;

export const initialActionState: ActionResult<never> | null = null;

export function firstFieldError(result: ActionResult<unknown> | null | undefined, field: string): string | undefined {
  return result && !result.ok ? result.fieldErrors?.[field]?.[0] : undefined;
}
