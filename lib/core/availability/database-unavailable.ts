/**
 * A database that cannot be reached (stopped, restarting, refusing connections) is a passing outage,
 * not a bug: the user is told « Service momentanément indisponible » and the answer is a 503, never a
 * 500 nor « Adresse email ou mot de passe incorrect » (docs/architecture.md#quand-la-base-ne-repond-pas).
 */
export const SERVICE_UNAVAILABLE = "Service momentanément indisponible : la plateforme redémarre. Rien n'est perdu, réessayez dans une minute.";

// postgres.js connection failures, Node socket errors, and SQLSTATE classes 08 (connection exception),
// 57P (server shutting down or starting) and 53300 (too many connections).
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "53300",
]);

/** Whether `error`, or anything it wraps (Drizzle's query error, Auth.js's callback error, an AggregateError), is a lost database. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 6) return false;
  const { code, cause, errors, err } = error as { code?: unknown; cause?: unknown; errors?: unknown; err?: unknown };
  if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08") || code.startsWith("57P"))) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(err, depth + 1);
}
