import type { ReadableSpan, SpanProcessor } from "@opentelemetry/sdk-trace-base";
import { routeOf } from "@/lib/core/log/request-log";

/** Attributes that carry a URL or a path: Next's `http.target` holds the query string and the tokens of the request's path. */
const PATH_ATTRIBUTES = ["http.target", "http.url", "url.full", "url.path", "next.rsc_url"];
const QUERY_ATTRIBUTES = ["url.query", "http.query"];

/** A URL or a path as the logs show it (lib/core/log/request-log.ts): no query, tokens and search keys masked; a full URL keeps its origin. */
function withoutPersonalData(value: string): string {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(value);
  return absolute ? `${absolute[0]}${routeOf(value.slice(absolute[0].length) || "/")}` : routeOf(value);
}

/**
 * Runs before the exporting processor, when a span has ended: what would reach the collector is what
 * the JSON logs write, never a search, a token or a link (README « Traces et métriques »).
 */
export const scrubSpans: SpanProcessor = {
  onStart: () => {},
  onEnd: (span: ReadableSpan) => {
    const attributes = span.attributes as Record<string, unknown>;
    for (const key of PATH_ATTRIBUTES) if (typeof attributes[key] === "string") attributes[key] = withoutPersonalData(attributes[key]);
    for (const key of QUERY_ATTRIBUTES) if (key in attributes) delete attributes[key];
    // A span named after its request (« GET /activation/<token> ») is renamed the same way.
    if (span.name.includes("/")) (span as { name: string }).name = span.name.replace(/\/\S*/, (path) => withoutPersonalData(path));
  },
  forceFlush: async () => {},
  shutdown: async () => {},
};
