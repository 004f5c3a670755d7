import { formatDateFr } from "@/lib/core/dates/paris";
import { getDepartment } from "@/lib/core/geo/territories";
import { formatPhone, toE164 } from "@/lib/core/validation/phone";
import { CARE_OPTION_LABELS, PERIOD_KIND_LABELS } from "../catalogue/labels";
import type { PublicOffer } from "../catalogue/queries";
import { offerPdfFilename } from "../catalogue/slug";
import { dayReceptions, weeklyGridRows, type MonthGridRow, type WeeklyGridRow } from "../catalogue/weekly-grid";
import { monthLabel, slotsOfMonth, variesByMonth } from "../reception";

/**
 * The offer's public content laid out once, in the order of the four-step wizard (docs/produit.md#assistant-en-quatre-etapes), for
 * both the offer page and its PDF: the two can never disagree on which fields are public or how
 * they are labelled. Pure: no clock, no database, no environment.
 */
export type SheetField = {
  label: string;
  value: string;
  /** mailto: or tel: link. */
  href?: string;
  /** Free text kept with its line breaks. */
  multiline?: boolean;
};

export type SheetSection = { id: string; title: string; fields: SheetField[] };

export type OfferSheet = {
  offerId: number;
  version: number;
  /** « N° de l'offre ». */
  number: string;
  title: string;
  themes: string[];
  fileName: string;
  structure: { name: string; description: string; logoFileId: string | null };
  /** « École Jean Jaurès — Saint-Denis (93) ». */
  location: string;
  summary: string;
  publication: { start: string; end: string; label: string };
  applicationEmail: string | null;
  sections: SheetSection[];
  weeklyGrid: WeeklyGridRow[];
  /** « Plage d'accueil » selon le mois (docs/produit.md#plage-daccueil-selon-le-mois): a row per month, or null when every month has the weekly grid. */
  monthlyGrid: MonthGridRow[] | null;
  /** Whether there is a grid to show at all (a half-day in some month). */
  hasWeeklySlots: boolean;
  attachments: { fileId: string; name: string; size: number }[];
};

export type OfferSheetInput = Omit<PublicOffer, "attachments"> & { attachments: PublicOffer["attachments"] };

function field(label: string, value: string | null | undefined, extra: Omit<SheetField, "label" | "value"> = {}): SheetField[] {
  const text = value?.trim();
  return text ? [{ label, value: text, ...extra }] : [];
}

function emailField(label: string, email: string | null | undefined): SheetField[] {
  return field(label, email, email ? { href: `mailto:${email.trim()}` } : {});
}

/** Stored in E.164 (« +33327652172 »), read the French way (« 03 27 65 21 72 »), dialled in E.164. */
function phoneField(label: string, phone: string | null | undefined): SheetField[] {
  if (!phone?.trim()) return [];
  return field(label, formatPhone(phone), { href: `tel:${toE164(phone) ?? phone.replace(/[^\d+]/g, "")}` });
}

function departmentLabel(code: string | null): string | null {
  if (!code) return null;
  const department = getDepartment(code);
  return department ? `${department.name} (${department.code})` : code;
}

/** « du 2 mars 2026 au 30 juin 2026 », « à partir du … », « jusqu'au … ». */
export function periodLabel(start: string | null, end: string | null): string | null {
  if (start && end) return `Du ${formatDateFr(start)} au ${formatDateFr(end)}`;
  if (start) return `À partir du ${formatDateFr(start)}`;
  if (end) return `Jusqu'au ${formatDateFr(end)}`;
  return null;
}

function careOptions(offer: OfferSheetInput): string {
  const options = [
    offer.offersHousing && CARE_OPTION_LABELS.housing,
    offer.offersMeals && CARE_OPTION_LABELS.meals,
    offer.offersTransport && CARE_OPTION_LABELS.transport,
  ].filter(Boolean);
  return options.length > 0 ? options.join(", ") : "Aucune";
}

function address(offer: OfferSheetInput): string {
  const cityLine = [offer.postalCode, offer.communeName].filter(Boolean).join(" ");
  return [offer.street, cityLine].filter(Boolean).join(", ");
}

function referentFields(prefix: string, name: string | null, jobTitle: string | null, phone: string | null, email: string | null): SheetField[] {
  return [...field(prefix, name), ...field("Fonction", jobTitle), ...phoneField("Téléphone", phone), ...emailField("Email", email)];
}

export function buildOfferSheet(offer: OfferSheetInput): OfferSheet {
  const hostName = offer.hostSiteName?.trim() || offer.structure.name;
  const place = offer.communeName ? `${offer.communeName}${offer.departmentCode ? ` (${offer.departmentCode})` : ""}` : null;
  const publicationLabel = `Publiée du ${formatDateFr(offer.publicationStart)} au ${formatDateFr(offer.publicationEnd)}`;

  const sections: SheetSection[] = [
    {
      id: "description",
      title: "Présentation de l'offre",
      fields: [
        ...field("Description", offer.description, { multiline: true }),
        ...field("Thématique(s)", offer.themeLabels.join(", ")),
        ...field("Public cible", offer.targetPublicLabels.join(", ")),
        ...field("Nombre de places", offer.places ? String(offer.places) : null),
        ...field("Type de terrain d'action", offer.fieldTypeLabel),
      ],
    },
    {
      id: "lieu",
      title: "Lieu d'accueil",
      fields: [
        ...field("Structure d'accueil", hostName),
        ...field("Adresse de l'offre", address(offer)),
        ...field("Département", departmentLabel(offer.departmentCode)),
      ],
    },
    {
      id: "modalites",
      title: "Modalités",
      fields: [
        ...field("Modalités de prise en charge", offer.careModalities, { multiline: true }),
        ...field("Période de prise en charge", offer.periodKind ? PERIOD_KIND_LABELS[offer.periodKind] : null),
        ...field("Période", periodLabel(offer.periodStart, offer.periodEnd)),
        ...field("Options de prise en charge", careOptions(offer)),
      ],
    },
    {
      id: "candidater",
      title: "Candidater",
      fields: [
        ...emailField("Email pour candidater", offer.applicationEmail),
        ...field("Documents nécessaires à la candidature", offer.requiredDocuments, { multiline: true }),
      ],
    },
    {
      id: "referent",
      title: "Référent de l'offre",
      fields: referentFields("Nom", offer.referentName, offer.referentJobTitle, offer.referentPhone, offer.referentEmail),
    },
    {
      id: "referent-proximite",
      title: "Référent de proximité",
      fields: referentFields("Nom", offer.localReferentName, offer.localReferentJobTitle, offer.localReferentPhone, offer.localReferentEmail),
    },
  ];

  return {
    offerId: offer.id,
    version: offer.version,
    number: String(offer.id),
    title: offer.name,
    themes: offer.themeLabels,
    fileName: offerPdfFilename(offer.id, offer.name),
    structure: { name: offer.structure.name, description: offer.structure.description, logoFileId: offer.structure.logoFileId },
    location: [hostName, place].filter(Boolean).join(" — "),
    summary: summarize(offer.description),
    publication: { start: offer.publicationStart, end: offer.publicationEnd, label: publicationLabel },
    applicationEmail: offer.applicationEmail?.trim() || null,
    sections: sections.filter((section) => section.fields.length > 0),
    weeklyGrid: weeklyGridRows(offer.weeklySlots),
    monthlyGrid: monthlyGridRows(offer),
    hasWeeklySlots: offer.weeklySlots.length > 0 || variesByMonth(offer),
    attachments: offer.attachments.map(({ fileId, name, size }) => ({ fileId, name, size })),
  };
}

function monthlyGridRows(offer: Pick<OfferSheetInput, "weeklySlots" | "monthlySlots">): MonthGridRow[] | null {
  if (!offer.monthlySlots) return null;
  const label = (month: string) => monthLabel(month).replace(/^./, (first) => first.toUpperCase());
  return Object.keys(offer.monthlySlots)
    .sort()
    .map((month) => ({ month, label: label(month), days: dayReceptions(slotsOfMonth(offer, month)) }));
}

/** The first ~160 characters of the description, cut on a word: page metadata and share cards. */
export function summarize(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.!?-]+$/, "")}…`;
}
