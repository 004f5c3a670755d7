import { createRequire } from "node:module";
import { isArsRegion } from "./territories";

/**
 * Communes and postal codes from the official dataset (`@etalab/decoupage-administratif`:
 * INSEE's Code officiel géographique with La Poste's postal codes). 8.6 MB of JSON: it is
 * read on first use, once per process, on the server only (node:module); the browser asks
 * a search endpoint. A structure's département and région follow from its commune (docs/produit.md#donnees-et-conventions).
 */
export type Commune = {
  /** INSEE code (« 93066 »), not the postal code. */
  code: string;
  name: string;
  postalCode: string;
  departmentCode: string;
  regionCode: string;
};

type RawCommune = {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
};

type Entry = {
  code: string;
  name: string;
  departmentCode: string;
  regionCode: string;
  postalCodes: string[];
  population: number;
  /** Folded name, words separated by single spaces: « saint denis ». */
  folded: string;
  words: string[];
  /** Folded name without spaces: « saintdenis ». */
  compact: string;
};

type Index = { entries: Entry[]; byCode: Map<string, Entry> };

let index: Index | undefined;

// Abbreviations people type for the saints that name about 4,000 communes.
const ABBREVIATIONS: Record<string, string> = { st: "saint", ste: "sainte", sts: "saints", stes: "saintes" };

/** Lowercase, no accents, ligatures spelled out, any punctuation (hyphen, apostrophe) as a space. */
export function foldPlaceName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(" ");
}

function load(): Index {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const raw = require("@etalab/decoupage-administratif/data/communes.json") as RawCommune[];
  const entries: Entry[] = [];
  for (const commune of raw) {
    // Current communes only: delegated and associated communes are former communes merged
    // into another, and Paris, Lyon and Marseille arrondissements share their city's code.
    if (commune.type !== "commune-actuelle" || !commune.codesPostaux?.length) continue;
    // A structure elsewhere would belong to no ARS, so no regional admin could ever review it.
    if (!isArsRegion(commune.region)) continue;
    const folded = foldPlaceName(commune.nom);
    entries.push({
      code: commune.code,
      name: commune.nom,
      departmentCode: commune.departement,
      regionCode: commune.region,
      postalCodes: [...new Set(commune.codesPostaux)].sort(),
      population: commune.population ?? 0,
      folded,
      words: folded.split(" "),
      compact: folded.replaceAll(" ", ""),
    });
  }
  index = { entries, byCode: new Map(entries.map((e) => [e.code, e])) };
  return index;
}

function toCommune(entry: Entry, postalCode: string): Commune {
  return {
    code: entry.code,
    name: entry.name,
    postalCode,
    departmentCode: entry.departmentCode,
    regionCode: entry.regionCode,
  };
}

/** Rank of a name match, lower is better; null when the commune does not match. */
function nameRank(entry: Entry, words: string[], phrase: string, compact: string): number | null {
  if (entry.folded === phrase) return 0;
  if (entry.folded.startsWith(phrase)) return 1;
  if (words.every((word) => entry.words.some((w) => w.startsWith(word)))) return 2;
  // Typed without separators: « saintdenis », « villeneuveloubet ».
  if (compact.length >= 4 && entry.compact.includes(compact)) return 3;
  return null;
}

const frenchCollator = new Intl.Collator("fr");

/**
 * Communes for a postal code prefix (« 93 », « 93200 ») or a name (« st denis »,
 * « Saint-Denis », « saint denis 93 »), one result per (commune, postal code) pair:
 * Paris has 21 postal codes and so 21 results. Best first: exact postal code or exact
 * name, then names starting with the query, then by population.
 */
export function searchCommunes(query: string, limit = 10): Commune[] {
  const max = Math.max(0, Math.min(Math.trunc(limit), 100));
  if (typeof query !== "string" || max === 0) return [];
  const tokens = foldPlaceName(query.slice(0, 100)).split(" ").filter(Boolean);
  const digits = tokens.filter((t) => /^\d+$/.test(t)).join("");
  const words = tokens.filter((t) => !/^\d+$/.test(t));
  if (digits.length > 5 || (digits.length < 2 && words.length === 0)) return [];
  const phrase = words.join(" ");
  const compact = words.join("");
  // One letter is too little to search by, but « Y » (Somme) is a commune.
  const exactOnly = words.length > 0 && compact.length < 2;

  const matches: { entry: Entry; rank: number; postalCodes: string[] }[] = [];
  for (const entry of load().entries) {
    let postalCodes = entry.postalCodes;
    let rank = 0;
    if (digits) {
      if (!postalCodes.some((cp) => cp.startsWith(digits))) continue;
      postalCodes = postalCodes.filter((cp) => cp.startsWith(digits));
      rank = postalCodes.includes(digits) ? 0 : 1;
    }
    if (words.length > 0) {
      const byName = exactOnly ? (entry.folded === phrase ? 0 : null) : nameRank(entry, words, phrase, compact);
      if (byName === null) continue;
      rank = digits ? rank * 4 + byName : byName;
    }
    matches.push({ entry, rank, postalCodes });
  }

  matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.entry.population - a.entry.population ||
      frenchCollator.compare(a.entry.name, b.entry.name) ||
      a.entry.code.localeCompare(b.entry.code),
  );

  const results: Commune[] = [];
  for (const { entry, postalCodes } of matches) {
    for (const postalCode of postalCodes) {
      results.push(toCommune(entry, postalCode));
      if (results.length === max) return results;
    }
  }
  return results;
}

/**
 * The commune if that INSEE code exists and is served by that postal code, else null:
 * the server re-checks the pair a form sent rather than trusting its département or région.
 */
export function getCommune(code: string, postalCode: string): Commune | null {
  if (typeof code !== "string" || typeof postalCode !== "string") return null;
  const entry = load().byCode.get(code.trim().toUpperCase());
  const cp = postalCode.replace(/\s/g, "");
  if (!entry || !entry.postalCodes.includes(cp)) return null;
  return toCommune(entry, cp);
}

/** Every postal code of a commune (empty when the INSEE code is unknown), for editing a saved address. */
export function listPostalCodes(code: string): string[] {
  return [...(load().byCode.get(code.trim().toUpperCase())?.postalCodes ?? [])];
}
