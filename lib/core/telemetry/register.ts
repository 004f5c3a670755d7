import { OTLPMetricExporter } from "@opentelemetry/exporter-metrics-otlp-http";
import { PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics";
import { registerOTel } from "@vercel/otel";
import { scrubSpans } from "./scrub-spans";

/**
 * OpenTelemetry, loaded by instrumentation.ts only when OTEL_EXPORTER_OTLP_ENDPOINT is set
 * (docs/architecture.md#journaux): Next's spans (requests, rendering, fetch), stripped of queries and
 * tokens before export (scrub-spans.ts), and the metrics of request-log.ts, both to the collector by
 * OTLP/HTTP; the exporters read the standard OTEL_* variables (scripts/telemetry.integration.test.ts).
 */
export function registerTelemetry() {
  registerOTel({
    serviceName: process.env.OTEL_SERVICE_NAME || "sses",
    // The scrubber first: the exporting processor (« auto »: protocol, endpoint and headers from OTEL_*) queues the span as it is then.
    spanProcessors: [scrubSpans, "auto"],
    metricReaders: [
      new PeriodicExportingMetricReader({
        exporter: new OTLPMetricExporter(),
        exportIntervalMillis: Number(process.env.OTEL_METRIC_EXPORT_INTERVAL) || 30_000,
      }),
    ],
  });
}
