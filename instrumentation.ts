/**
 * Next.js runs register() once per server process, before it serves a request. In the Node.js
 * runtime it stamps each request with its socket address (lib/core/http/socket-address-stamp.ts),
 * which Next does not expose otherwise (docs/decisions/0006-adresse-du-client.md), sends the
 * server-action bodies Next would answer with a bare 500 to a French 413 / 400
 * (lib/core/http/action-body-guard.ts), gives every page its Content-Security-Policy (and HSTS over
 * HTTPS, lib/core/http/security-headers.ts), logs every request
 * and, with OTEL_EXPORTER_OTLP_ENDPOINT, exports traces and metrics (docs/architecture.md#journaux),
 * and starts the immediate delivery of emails (lib/core/outbox/immediate-delivery.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/core/env");
  if (env().OTEL_EXPORTER_OTLP_ENDPOINT) (await import("./lib/core/telemetry/register")).registerTelemetry();
  (await import("./lib/core/http/socket-address-stamp")).stampSocketAddresses();
  (await import("./lib/core/http/action-body-guard")).guardActionBodies();
  // Not under `next dev`, whose React needs eval (docs/decisions/0007-politique-de-securite-du-contenu.md).
  if (process.env.NODE_ENV === "production")
    (await import("./lib/core/http/security-headers")).applySecurityHeaders({ https: env().APP_URL.startsWith("https:") });
  (await import("./lib/core/log/request-log")).logRequests();
  (await import("./lib/core/outbox/immediate-delivery")).startImmediateDelivery();
}
