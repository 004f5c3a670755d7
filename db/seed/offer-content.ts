import type { PeriodKind, WeeklySlot } from "../schema";
import { monthName } from "./calendar";
import { createRandom, hashString, type Random } from "./random";
import type { OfferTemplate, Person, SiteSetting } from "./data/types";

/** Pieces of an offer's content that read naturally in French whatever the host site. */

const FEMININE = new Set(["école", "maison", "halte", "résidence", "mission", "antenne", "plateforme", "usine"]);
const MASCULINE = new Set([
  "collège",
  "lycée",
  "centre",
  "club",
  "foyer",
  "chantier",
  "site",
  "internat",
  "accueil",
  "espace",
  "hôpital",
  "entrepôt",
  "ehpad",
  "ime",
]);
// « la halte » (h aspiré) but « l'hôpital » (h muet).
const ASPIRATED = new Set(["halte"]);
const ACRONYMS = new Set(["EHPAD", "IME"]);

/** « au collège Pablo-Neruda », « de l'école maternelle Louis-Pasteur », « la halte de jour… ». */
export function sitePhrase(name: string, form: "à" | "de" | "le"): string {
  // split always gives at least one word.
  const [first = "", ...rest] = name.split(" ");
  const key = first.toLowerCase();
  const feminine = FEMININE.has(key);
  if (!feminine && !MASCULINE.has(key)) throw new Error(`Genre inconnu pour le lieu « ${name} » : complétez offer-content.ts`);
  const text = [ACRONYMS.has(first) ? first : key, ...rest].join(" ");
  const elided = /^[aeiouyéèêâîôh]/i.test(key) && !ASPIRATED.has(key);
  const article = elided ? "l'" : feminine ? "la " : "le ";
  if (form === "le") return `${article}${text}`;
  if (form === "de") return elided || feminine ? `de ${article}${text}` : `du ${text}`;
  return elided || feminine ? `à ${article}${text}` : `au ${text}`;
}

export function fillDescription(template: OfferTemplate, siteName: string): string {
  return template.description
    .replaceAll("{à}", sitePhrase(siteName, "à"))
    .replaceAll("{de}", sitePhrase(siteName, "de"))
    .replaceAll("{le}", sitePhrase(siteName, "le"));
}

const PERIOD_KIND: Record<OfferTemplate["schedule"], PeriodKind> = { weekly: "SPLIT", block: "CONTINUOUS", flexible: "EITHER" };

/** Half-days a site can offer: no Wednesday afternoon at primary school, weekends only where people live. */
function allowedSlots(setting: SiteSetting): WeeklySlot[] {
  const days = setting === "elderly" || setting === "hospital" ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5];
  return days
    .flatMap((day) => (["am", "pm"] as const).map((half) => `${day}-${half}` as WeeklySlot))
    .filter((slot) => !(setting === "primary" && slot === "3-pm"));
}

function sortSlots(slots: WeeklySlot[]): WeeklySlot[] {
  return [...new Set(slots)].sort();
}

export function buildSchedule(template: OfferTemplate, setting: SiteSetting, random: Random): { periodKind: PeriodKind; weeklySlots: WeeklySlot[] } {
  const allowed = allowedSlots(setting);
  const weekdays = allowed.filter((slot) => Number(slot[0]) <= 5);
  const weeklySlots =
    template.schedule === "block"
      ? random.chance(0.7)
        ? weekdays
        : weekdays.filter((slot) => slot.endsWith("am"))
      : template.schedule === "weekly"
        ? random.pickSome(setting === "primary" ? weekdays.filter((slot) => slot.endsWith("am") || random.chance(0.5)) : allowed, 1, 3)
        : random.pickSome(allowed, 3, 6);
  return { periodKind: PERIOD_KIND[template.schedule], weeklySlots: sortSlots(weeklySlots) };
}

const DAYS = ["", "lundis", "mardis", "mercredis", "jeudis", "vendredis", "samedis", "dimanches"];

function joinFrench(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} et ${parts[parts.length - 1]}`;
}

/** « les lundis matin et les jeudis après-midi », « tous les mardis toute la journée ». */
export function describeSlots(slots: WeeklySlot[]): string {
  const byDay = new Map<number, string[]>();
  for (const slot of slots) byDay.set(Number(slot[0]), [...(byDay.get(Number(slot[0])) ?? []), slot.slice(2)]);
  const parts = [...byDay].map(([day, halves]) => `${DAYS[day]} ${halves.length === 2 ? "toute la journée" : halves[0] === "am" ? "matin" : "après-midi"}`);
  return parts.length === 1 ? `tous les ${parts[0]}` : joinFrench(parts.map((part) => `les ${part}`));
}

function describeMonths(start: string, end: string): string {
  const first = monthName(start);
  const last = monthName(end);
  return first === last ? `en ${first}` : `entre ${first} et ${last}`;
}

/** « Modalités de prise en charge », consistent with the grid and the period (guide IDF: « tous les lundis entre mai et juin »). */
export function describeModalities(kind: PeriodKind, slots: WeeklySlot[], start: string, end: string, random: Random): string {
  const months = describeMonths(start, end);
  if (kind === "CONTINUOUS") {
    const weeks = random.pick(["deux semaines consécutives", "trois semaines consécutives", "une semaine bloquée"]);
    const days = slots.every((slot) => slot.endsWith("am")) ? "du lundi au vendredi, le matin" : "du lundi au vendredi";
    return `Accueil en continu ${days}, sur ${weeks} ${months}. Un temps de préparation avec l'équipe est prévu le premier jour.`;
  }
  if (kind === "EITHER") {
    return `Accueil en continu ou fractionné selon le calendrier de votre formation, de préférence ${describeSlots(slots)}, ${months}. Les dates précises sont fixées avec le référent de proximité.`;
  }
  const extra = random.pick([
    " Chaque séance dure environ une heure trente.",
    " Une réunion de préparation a lieu la semaine précédant la première intervention.",
    " Les interventions se font en binôme.",
    "",
  ]);
  return `Accueil ${describeSlots(slots)} ${months}.${extra}`;
}

const CONVENTION = "Convention de stage signée par l'établissement de formation";

/** « Documents nécessaires à la candidature », one per line; minors and care settings ask for more. */
export function requiredDocuments(setting: SiteSetting, random: Random): string {
  const minors = ["primary", "secondary", "disability", "city"].includes(setting);
  const care = ["health-centre", "elderly", "hospital", "disability"].includes(setting);
  const documents = [CONVENTION, "Attestation d'assurance responsabilité civile"];
  if (minors) documents.push("Extrait de casier judiciaire (bulletin n° 3) de moins de trois mois");
  if (care) documents.push("Attestation de vaccinations à jour (hépatite B, DTP)");
  if (random.chance(0.6))
    documents.push(random.pick(["Lettre de motivation (quelques lignes suffisent)", "CV", "Planning de disponibilités du groupe d'étudiants"]));
  return documents.join("\n");
}

export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function emailOf(person: Pick<Person, "firstName" | "lastName">, domain: string): string {
  return `${slug(person.firstName)}.${slug(person.lastName)}@${domain}`;
}

export function fullName(person: Pick<Person, "firstName" | "lastName">): string {
  return `${person.firstName} ${person.lastName}`;
}

const STOPWORDS = new Set(["de", "la", "le", "les", "du", "des", "l", "d"]);

/** A fictional email domain for a host site: « college-pablo-neruda.exemple.fr ». */
export function siteDomain(siteName: string): string {
  const words = slug(siteName.split(" – ")[0] ?? siteName)
    .split("-")
    .filter((word) => !STOPWORDS.has(word));
  return `${words.slice(0, 4).join("-")}.exemple.fr`;
}

/**
 * French numbers in the platform's stored form (`+33` and nine digits, lib/core/validation/phone): 1 for
 * Île-de-France, 3 for the north-east, 6 or 7 for mobiles. Derived from `key` so that one person
 * keeps one number across offers.
 */
export function phoneNumber(key: string, regionCode: string, mobile = false): string {
  const random = createRandom(hashString(key));
  const prefix = mobile ? random.pick(["6", "7"]) : regionCode === "11" ? "1" : "3";
  const pairs = Array.from({ length: 4 }, () => String(random.int(10, 99)));
  return `+33${prefix}${pairs.join("")}`;
}
