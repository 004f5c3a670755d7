import type { ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { seedDemoData } from "@/db/seed/demo";
import { freePort, root, startWebServer, stopProcess, waitForStatus } from "@/test/web-servers";
import { buildIfStale } from "./lib/build";

/**
 * OpenTelemetry against a collector (docs/architecture.md#journaux): the production server
 * (scripts/serve.ts) with OTEL_EXPORTER_OTLP_ENDPOINT pointing at a small OTLP/HTTP receiver on
 * 127.0.0.1 that keeps what arrives (JSON encoding, OTEL_EXPORTER_OTLP_PROTOCOL=http/json, so that it
 * can be read here). Traces and metrics arrive with the route and the status, and nothing personal:
 * no search words, no email, no token, no cookie.
 */
type Attribute = { key: string; value: { stringValue?: string; intValue?: string | number; doubleValue?: number } };
type Received = { path: string; body: string };
const received: Received[] = [];
let receiver: Server;
let server: ChildProcess | undefined;
let base: string;

const EMAIL = "jeanne.martin-otel@example.fr";
const TOKEN = "Zk3pQ9vLr8TtY2wXc5nB7mD4hJ6sA1eF0gU";
const COOKIE = "otel-test-session-cookie-value-0123456789";

beforeAll(async () => {
  await seedDemoData(db);
  await buildIfStale(root, (line) => console.log(`[telemetry] ${line}`));
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  const otlpPort = await freePort();
  await new Promise<void>((resolve) => receiver.listen(otlpPort, "127.0.0.1", resolve));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = startWebServer(port, {
    DATABASE_URL: process.env.DATABASE_URL,
    APP_URL: base,
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${otlpPort}`,
    OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
    OTEL_METRIC_EXPORT_INTERVAL: "1000",
    OTEL_BSP_SCHEDULE_DELAY: "200",
  });
  await waitForStatus(`${base}/api/health`, 200, server, 600_000);
}, 900_000);

afterAll(async () => {
  await stopProcess(server);
  receiver?.close();
}, 60_000);

/** Every attribute of every span (or data point) of the requests received on `path`. */
function attributeSets(path: string, kind: "spans" | "points"): Record<string, string | number>[] {
  const sets: Record<string, string | number>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const record = node as Record<string, unknown>;
    const isItem = kind === "spans" ? typeof record.spanId === "string" : "timeUnixNano" in record && Array.isArray(record.attributes);
    if (isItem && Array.isArray(record.attributes)) {
      sets.push(
        Object.fromEntries((record.attributes as Attribute[]).map((a) => [a.key, a.value.stringValue ?? Number(a.value.intValue ?? a.value.doubleValue)])),
      );
    }
    Object.values(record).forEach(visit);
  };
  for (const entry of received.filter((r) => r.path === path)) visit(JSON.parse(entry.body));
  return sets;
}

async function waitFor<T>(read: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; ; await new Promise((r) => setTimeout(r, 250))) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`nothing arrived: ${received.map((r) => r.path).join(", ") || "no request"}`);
  }
}

describe("traces and metrics exported by OTLP/HTTP", () => {
  it("arrive with the route and the status, without search words, emails, tokens or cookies", async () => {
    const headers = { cookie: `authjs.session-token=${COOKIE}`, "x-forwarded-for": "203.0.113.7" };
    expect((await fetch(`${base}/offres`, { headers })).status).toBe(200);
    expect((await fetch(`${base}/offres?q=${encodeURIComponent(EMAIL)}`, { headers })).status).toBe(200);
    expect((await fetch(`${base}/offres/999999999`, { headers })).status).toBe(404);
    await (await fetch(`${base}/activation/${TOKEN}`, { headers })).text();

    const spans = await waitFor(() => {
      const all = attributeSets("/v1/traces", "spans");
      return all.some((span) => Object.values(span).includes(404)) ? all : undefined;
    });
    const routeOf = (span: Record<string, string | number>) => span["http.route"] ?? span["next.route"];
    const statusOf = (span: Record<string, string | number>) => span["http.status_code"] ?? span["http.response.status_code"];
    expect(spans.some((span) => String(routeOf(span)).startsWith("/offres") && statusOf(span) === 200)).toBe(true);
    expect(spans.some((span) => String(routeOf(span)).startsWith("/offres/") && statusOf(span) === 404)).toBe(true);

    const points = await waitFor(() => {
      const all = attributeSets("/v1/metrics", "points");
      // Each export holds what was recorded until then: wait for both requests' points.
      const routes = new Set(all.map((point) => point["http.route"]));
      return routes.has("/offres") && routes.has("/activation/:token") ? all : undefined;
    });
    expect(points).toContainEqual({ "http.request.method": "GET", "http.route": "/offres", "http.response.status_code": 200 });
    expect(points).toContainEqual({ "http.request.method": "GET", "http.route": "/activation/:token", "http.response.status_code": expect.any(Number) });

    const everything = received.map((entry) => entry.body).join("\n");
    for (const secret of [EMAIL, encodeURIComponent(EMAIL), "jeanne.martin", TOKEN, COOKIE, "203.0.113.7"]) expect(everything).not.toContain(secret);
    // The search's cached page is named by the search itself, in base64url (lib/offers/catalogue/listing-key.ts).
    expect(everything).not.toMatch(/\/offres\/recherche\/(?!:filtres|toutes|\[)/);
  });
});
