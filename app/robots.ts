import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { appUrl } from "@/lib/core/env";

/** Search engines may read the catalogue, not the private spaces; the site's address is the runtime one. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: { userAgent: "*", allow: ["/", "/offres"], disallow: ["/espace", "/admin", "/api", "/connexion", "/activation", "/fichiers"] },
    sitemap: appUrl("/sitemap.xml"),
  };
}
