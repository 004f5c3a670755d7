import "server-only";
import { z } from "zod";
import { RepeatedSubmissionError, submissionScope, type Submission } from "@/db/client";
import { can, type Capability } from "@/lib/core/auth/permissions";
import { getCurrentUser, getSessionInAnyStep, type SessionUser } from "@/lib/core/auth/session";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "@/lib/core/availability/database-unavailable";
import { AppError } from "@/lib/core/errors";
import { FORM_ERROR, zodFieldErrors } from "./form-errors";
import type { ActionResult } from "./result";
import { takeSubmissionKey } from "./submission-key";
import { forgetSubmission, recordSubmission, storedSubmission } from "./submissions";
import { logger } from "@/lib/core/log/logger";

/**
 * Who may call: anyone; any logged-in user; or a capability of the permission table. "session" is
 * « Nouveau mot de passe » and the acceptance of the CGU: a user still holding a temporary password,
 * or who has not accepted the CGU in force, may do nothing else until then (docs/produit.md#comptes-et-securite).
 * "secondFactor" is the second-factor pages alone: a session whose password was right, whether or not
 * its second factor is answered yet (docs/produit.md#double-authentification); the handler checks which step it is at.
 */
type Access = "public" | "session" | "secondFactor" | "authenticated" | Capability;

type Handler<S extends z.ZodType, T, A extends Access> = (
  input: z.output<S>,
  context: { user: A extends "public" ? SessionUser | null : SessionUser },
) => Promise<T>;

/**
 * The one door for every write (docs/architecture.md#la-porte-unique): loads the session, checks the capability against the
 * permission table, parses the input with the same zod schema as the form, runs the handler and
 * answers an ActionResult. Accepts a plain object (react-hook-form) or FormData (forms without JS).
 * A form's submission key (submission-key.ts) makes a submission sent twice write once.
 */
export function defineAction<S extends z.ZodType, T, A extends Access>(config: {
  access: A;
  schema: S;
  handler: Handler<S, T, A>;
}): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (input) => {
    let submission: Submission | undefined;
    try {
      const user = config.access === "secondFactor" ? ((await getSessionInAnyStep())?.user ?? null) : await getCurrentUser();
      if (config.access !== "public") {
        if (!user) return { ok: false, code: "UNAUTHENTICATED", message: "Votre session a expiré : reconnectez-vous." };
        if (user.mustChangePassword && config.access !== "session" && config.access !== "secondFactor") {
          return { ok: false, code: "PASSWORD_CHANGE_REQUIRED", message: "Choisissez d'abord votre nouveau mot de passe (page « Nouveau mot de passe »)." };
        }
        if (user.mustAcceptTerms && !user.mustChangePassword && config.access !== "session" && config.access !== "secondFactor") {
          return { ok: false, code: "TERMS_ACCEPTANCE_REQUIRED", message: "Acceptez d'abord les nouvelles conditions générales d'utilisation." };
        }
        if (config.access !== "authenticated" && config.access !== "session" && config.access !== "secondFactor" && !can(user, config.access)) {
          return { ok: false, code: "FORBIDDEN", message: "Vous n'avez pas les droits nécessaires pour cette action." };
        }
      }
      const raw = input instanceof FormData ? formDataToObject(input) : input;
      const { key, rest } = isRecord(raw) ? takeSubmissionKey(raw) : { key: null, rest: raw };
      const parsed = config.schema.safeParse(rest);
      if (!parsed.success) {
        return {
          ok: false,
          code: "INVALID",
          fieldErrors: zodFieldErrors(parsed.error),
          message: FORM_ERROR,
        };
      }
      const run = () => config.handler(parsed.data, { user } as Parameters<Handler<S, T, A>>[1]);
      if (!key) return { ok: true, data: await run() };
      // A form sent again (the answer was lost): the first answer, nothing written twice.
      submission = { key, userId: user?.id ?? null, recorded: false };
      const previous = await storedSubmission(key, submission.userId);
      if (previous) return { ok: true, data: previous.result as T };
      const data = await submissionScope.run(submission, run);
      await recordSubmission(key, submission.userId, data, submission.recorded);
      return { ok: true, data };
    } catch (error) {
      // A refusal after a first transaction committed: the corrected form, sent again, must run, not get a success it did not have.
      if (submission?.recorded && !isNextControlFlow(error)) await forgetSubmission(submission.key).catch(() => {});
      if (error instanceof RepeatedSubmissionError && submission) {
        const previous = await storedSubmission(submission.key, submission.userId);
        if (previous) return { ok: true, data: previous.result as T };
        return { ok: false, code: "CONFLICT", message: "Ce formulaire a déjà été envoyé : rechargez la page avant de recommencer." };
      }
      if (error instanceof AppError) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
      // Next's redirect() / notFound() travel as exceptions: let them through.
      if (isNextControlFlow(error)) throw error;
      if (isDatabaseUnavailable(error)) return { ok: false, code: "UNAVAILABLE", message: SERVICE_UNAVAILABLE };
      logger().error({ err: error }, "action failed");
      return {
        ok: false,
        code: "UNEXPECTED",
        message: "Une erreur inattendue est survenue. Réessayez dans un instant ; si elle persiste, contactez l'assistance.",
      };
    }
  };
}

// Shared with the browser's half, which checks the same schemas before sending.
export { zodFieldErrors };

/** Repeated keys become arrays (checkbox groups); files stay File objects. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const current = object[key];
    object[key] = current === undefined ? value : Array.isArray(current) ? [...current, value] : [current, value];
  }
  return object;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK") || digest === "DYNAMIC_SERVER_USAGE")
  );
}
