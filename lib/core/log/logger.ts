import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Keys whose values never reach a log line, at any of the first three levels of what is logged:
 * secrets (passwords, tokens, links that carry one, cookies) and personal fields.
 */
const SECRET_KEYS = [
  "password",
  "currentPassword",
  "newPassword",
  "passwordHash",
  "token",
  "secret",
  "authorization",
  "cookie",
  "set-cookie",
  "resetUrl",
  "activationUrl",
  "confirmUrl",
  "idToken",
  "url",
];
const PERSONAL_KEYS = ["email", "to", "toEmail", "phone", "firstName", "lastName", "name", "address", "street"];
export const REDACTED_PATHS = [...SECRET_KEYS, ...PERSONAL_KEYS].flatMap((key) => {
  const quoted = /^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`;
  const join = (prefix: string) => (quoted.startsWith("[") ? `${prefix}${quoted}` : `${prefix}.${quoted}`);
  return [quoted, join("*"), join("*.*")];
});

/**
 * Structured JSON logs on stdout, one object a line (docs/architecture.md#journaux): `level`, `time`
 * (ISO), `msg`, and the fields given. Read by the host's log collector; `pino-pretty` reads them locally.
 */
export function createLogger(destination?: DestinationStream): Logger {
  return pino(
    {
      base: { service: "sses" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: "[masqué]" },
    },
    destination,
  );
}

const holder = globalThis as unknown as { ssesLogger?: Logger };

/** The process's logger. */
export function logger(): Logger {
  holder.ssesLogger ??= createLogger();
  return holder.ssesLogger;
}
