import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { getCachedSitemapOffers } from "@/lib/offers/catalogue/cached-queries";
import { today } from "@/lib/core/dates/clock";
import { appUrl } from "@/lib/core/env";

/** The public pages and every published offer (docs/produit.md#ce-que-voit-le-public); rendered on request, never at build time. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const offers = await getCachedSitemapOffers(today());
  return [
    { url: appUrl("/"), changeFrequency: "daily", priority: 1 },
    { url: appUrl("/offres"), changeFrequency: "hourly", priority: 0.9 },
    { url: appUrl("/aide"), changeFrequency: "monthly", priority: 0.5 },
    { url: appUrl("/inscription"), changeFrequency: "yearly", priority: 0.5 },
    ...offers.map((offer) => ({ url: appUrl(`/offres/${offer.id}`), lastModified: offer.updatedAt, changeFrequency: "weekly" as const, priority: 0.7 })),
  ];
}
