import localFont from "next/font/local";

// Marianne is the State's typeface, from @gouvfr/dsfr, so nothing is fetched from a third party at
// runtime. The italics and the light weight are left out: the interface never sets text in italic or
// in 300. The files are cut down to Latin text (scripts/subset-fonts.ts, `npm run fonts:subset`):
// 25 kB a weight instead of 41 kB.
export const marianne = localFont({
  src: [
    { path: "./Marianne-Regular-latin.woff2", weight: "400", style: "normal" },
    { path: "./Marianne-Medium-latin.woff2", weight: "500", style: "normal" },
    { path: "./Marianne-Bold-latin.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-marianne",
  display: "swap",
  // Not preloaded (issue 16 §18): three files fetched at high priority before anything else held
  // back the page on a phone's connection; the text shows at once in the fallback below.
  preload: false,
  // A metric-adjusted Arial fallback keeps line breaks stable while Marianne loads (no layout shift).
  adjustFontFallback: "Arial",
});
