/**
 * Application errors with a code and a French message for the user. Thrown from lib/ and turned into
 * an ActionResult by lib/core/actions/define-action.ts (never a 500 for an expected refusal).
 */
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "INVALID";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFoundError = (what = "Cet élément") => new AppError("NOT_FOUND", `${what} n'existe pas ou vous n'y avez pas accès.`);
export const forbiddenError = () => new AppError("FORBIDDEN", "Vous n'avez pas les droits nécessaires pour cette action.");
export const fieldError = (field: string, message: string) => new AppError("INVALID", message, { [field]: [message] });
