import { OTLPMetricExporter } from "@opentelemetry/exporter-metrics-otlp-http";
import { PeriodicExportingMetricReader } from "@opentelemetry/sdk-metrics";
import { registerOTel } from "@vercel/otel";

/**
 * OpenTelemetry, loaded by instrumentation.ts only when OTEL_EXPORTER_OTLP_ENDPOINT is set
 * (docs/architecture.md#journaux): Next's spans (requests, rendering, fetch) and the metrics of
 * request-log.ts, both to the collector by OTLP/HTTP; the exporters read the standard OTEL_* variables.
 */
export function registerTelemetry() {
  registerOTel({
    serviceName: "sses",
    metricReaders: [new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter(), exportIntervalMillis: 30_000 })],
  });
}
