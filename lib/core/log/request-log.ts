import { randomUUID } from "node:crypto";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { metrics } from "@opentelemetry/api";
import { logger } from "./logger";

/** An id a load balancer may have given the request already (letters, digits, dashes), or ours. */
const INCOMING_ID = /^[A-Za-z0-9-]{8,64}$/;
/** A path segment that can only be a single-use token (/activation/<token>, /mot-de-passe-oublie/<token>). */
const TOKEN_SEGMENT = /^[A-Za-z0-9_-]{20,}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cached page of a catalogue search, whose last segment is the search in base64url (lib/offers/catalogue/listing-key.ts). */
const CATALOGUE_SEARCH = /^\/offres\/recherche\/(?!toutes$)[^/]+$/;

/** The path without its query (search words, links) and with tokens and searches masked. */
export function routeOf(url: string | undefined): string {
  const pathname = (url ?? "/").split("?")[0] ?? "/";
  if (CATALOGUE_SEARCH.test(pathname)) return "/offres/recherche/:filtres";
  return pathname
    .split("/")
    .map((segment) => (TOKEN_SEGMENT.test(segment) && !UUID.test(segment) ? ":token" : segment))
    .join("/");
}

type Message = { request: IncomingMessage; response: ServerResponse };

/**
 * One JSON line per request, once answered: request id (also sent back as `X-Request-Id`), method,
 * route, status, duration. Node's diagnostics channels see every request the Next server answers,
 * pages, actions and routes alike, without wrapping it.
 */
export function logRequests() {
  // A no-op until lib/core/telemetry registers a meter provider (OTEL_EXPORTER_OTLP_ENDPOINT).
  const duration = metrics.getMeter("sses").createHistogram("http.server.request.duration", { unit: "s", description: "Duration of HTTP requests" });
  // The URL as it arrived: scripts/serve.ts rewrites a catalogue search's before Next sees it.
  const started = new WeakMap<IncomingMessage, { id: string; at: number; url: string | undefined }>();
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as Message;
    const incoming = request.headers["x-request-id"];
    const id = typeof incoming === "string" && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    request.headers["x-request-id"] = id;
    response.setHeader("X-Request-Id", id);
    started.set(request, { id, at: performance.now(), url: request.url });
  });
  subscribe("http.server.response.finish", (message) => {
    const { request, response } = message as Message;
    const start = started.get(request);
    const line = {
      reqId: start?.id,
      method: request.method,
      route: routeOf(start?.url ?? request.url),
      status: response.statusCode,
      durationMs: start ? Math.round(performance.now() - start.at) : undefined,
    };
    if (line.durationMs !== undefined) {
      duration.record(line.durationMs / 1000, { "http.request.method": line.method, "http.route": line.route, "http.response.status_code": line.status });
    }
    // Build assets (hashed, cached for a year) would drown the pages, actions and routes.
    if (line.route.startsWith("/_next/static/") && response.statusCode < 400) return;
    if (response.statusCode >= 500) logger().error(line, "request");
    else logger().info(line, "request");
  });
}
