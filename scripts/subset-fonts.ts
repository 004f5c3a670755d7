/**
 * `npm run fonts:subset`: Marianne's three weights cut down to the characters French text and the
 * names of Europe use (Latin-1, Latin Extended-A, the Romanian commas, typographic punctuation, €),
 * written to app/fonts/. The DSFR's files also carry Vietnamese and combining marks: 41 kB a weight
 * against 25 kB, about 50 kB less for every first visit on a phone (issue 16 §18, bench/README.md).
 * A character outside the set is drawn in the metric-adjusted fallback (app/fonts/marianne.ts).
 * Run again after an upgrade of @gouvfr/dsfr; the output is committed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";

const root = path.resolve(import.meta.dirname, "..");
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x218, 0x21b],
  [0x2c6, 0x2c7],
  [0x2d8, 0x2dd],
  [0x2000, 0x206f],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
];
const text = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join("");

for (const weight of ["Regular", "Medium", "Bold"]) {
  const source = readFileSync(path.join(root, "node_modules/@gouvfr/dsfr/dist/fonts", `Marianne-${weight}.woff2`));
  const subset = await subsetFont(source, text, { targetFormat: "woff2" });
  const target = path.join(root, "app/fonts", `Marianne-${weight}-latin.woff2`);
  writeFileSync(target, subset);
  console.log(`${path.relative(root, target)} : ${source.length} → ${subset.length} octets`);
}
