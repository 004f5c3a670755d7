import { z } from "zod";

/**
 * The only reader of process.env. Parsed lazily so that `next build` works without
 * any configuration; each getter throws a clear message when something required is missing.
 */
/** `NAME=` left empty in .env (as .env.example shows them) means not set. */
const unsetWhenEmpty = <T extends z.ZodType>(type: T) => z.preprocess((value) => (value === "" ? undefined : value), type.optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  APP_URL: z.string().url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(16).optional(),
  CRON_SECRET: z.string().min(16).optional(),
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().default("Service sanitaire <no-reply@sses.localhost>"),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Seconds to wait for a new database connection: a stopped database answers a write in seconds, not after half a minute. */
  DB_CONNECT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(60).default(3),
  /** Which X-Forwarded-For entry to believe (lib/core/http/client-address.ts): a count of proxies, or their addresses / CIDR ranges. Unset: the socket address. */
  TRUSTED_PROXIES: z.string().optional(),
  /** Where the backups are (set by `npm start`), for /api/ready. Unset: backups are not this platform's business (DATABASE_URL). */
  BACKUP_DIR: z.string().min(1).optional(),
  /** An OpenTelemetry collector (OTLP/HTTP): traces and metrics are exported only when set (lib/core/telemetry). */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  /** ProConnect (docs/produit.md#identites-externes): the button shows only when all three are set. */
  PROCONNECT_ISSUER: unsetWhenEmpty(z.string().url()),
  PROCONNECT_CLIENT_ID: unsetWhenEmpty(z.string()),
  PROCONNECT_CLIENT_SECRET: unsetWhenEmpty(z.string()),
  /** Pro Santé Connect: the same three. */
  PRO_SANTE_CONNECT_ISSUER: unsetWhenEmpty(z.string().url()),
  PRO_SANTE_CONNECT_CLIENT_ID: unsetWhenEmpty(z.string()),
  PRO_SANTE_CONNECT_CLIENT_SECRET: unsetWhenEmpty(z.string()),
  /** The platform's RSA private key (JWK JSON) for userinfo answers a service encrypts (lib/core/auth/oidc/decryption-key.ts). */
  OIDC_DECRYPTION_KEY: unsetWhenEmpty(z.string()),
  /** The name passkeys show for the site (docs/produit.md#double-authentification); their domain is APP_URL's. */
  WEBAUTHN_RP_NAME: z.string().min(1).default("Service sanitaire"),
  /** Test hook: freezes "now" for date-driven rules (ISO instant). Never set in production. */
  SSES_NOW: z.string().datetime({ offset: true }).optional(),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Configuration invalide : ${fields}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL manquant : lancez la plateforme avec `npm start`, qui démarre la base embarquée.");
  return url;
}

/** Public URL used to build links in emails. */
export function appUrl(path = "/"): string {
  return new URL(path, env().APP_URL).toString();
}
