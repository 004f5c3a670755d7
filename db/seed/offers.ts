import type { NewOffer, OfferContent, OfferState } from "../schema";
import { addDays, daysBetween, type Clock } from "./calendar";
import { place, type Place } from "./communes";
import { COMMUNITY_TEMPLATES } from "./data/offer-templates-community";
import { SCHOOL_TEMPLATES } from "./data/offer-templates-schools";
import { FIELD_TYPE_BY_SETTING, type OfferKind, type OfferTemplate, type SiteSeed, type StructureSeed, type UserSeed } from "./data/types";
import { buildSchedule, describeModalities, emailOf, fillDescription, fullName, phoneNumber, requiredDocuments, siteDomain } from "./offer-content";
import { itemAt, type Random } from "./random";
import type { ReferenceIds } from "./reference";
import { nth } from "@/lib/core/rows";

export type SeededUser = UserSeed & { id: string };
export type SeededStructure = { seed: StructureSeed; id: string; place: Place; users: SeededUser[] };

/**
 * The history's `action` values: the workflow's action names (lib/offers/workflow.ts), « create »
 * for the first save, and « dates » for what the scheduled job does (lib/core/cron/recompute-offer-states.ts).
 */
export type OfferAction = "create" | "submit" | "validate" | "send_back" | "stop" | "delete" | "submit_revision" | "dates";

/** The comment the scheduled job writes on its history rows. */
const DATES_COMMENT = "Changement automatique selon les dates de publication";

export type OfferEvent = {
  at: Date;
  from: OfferState | null;
  to: OfferState;
  /** Null when the scheduled job moved the offer (dates reached). */
  actor: SeededUser | null;
  action: OfferAction;
  comment?: string;
};

export type OfferSpec = {
  structure: SeededStructure;
  row: NewOffer;
  events: OfferEvent[];
  revision?: { content: OfferContent; author: SeededUser; at: Date };
};

const TEMPLATES: OfferTemplate[] = [...SCHOOL_TEMPLATES, ...COMMUNITY_TEMPLATES];

const SENT_BACK_COMMENT =
  "La description cite le prénom d'un élève : merci de retirer toute donnée à caractère personnel, et de préciser les créneaux d'accueil avant de redemander la validation.";
const STOP_COMMENT = "Toutes les places ont été pourvues pour cette année : publication arrêtée.";
const REVISION_NOTES = [
  "Nouveauté : une séance de restitution avec les familles est ajoutée en fin de période.",
  "Mise à jour : les séances passent de trois à quatre, avec un temps de préparation commun avec l'équipe.",
];

export function buildOffers(structures: SeededStructure[], ids: ReferenceIds, clock: Clock, random: Random): OfferSpec[] {
  return structures.flatMap((structure) => {
    const { seed } = structure;
    // Round-robin over the structure's shuffled templates: few repeats inside one structure.
    const order = random.shuffle(TEMPLATES.filter((template) => seed.sites.some((site) => site.setting === template.setting)));
    if (order.length === 0) throw new Error(`Aucun modèle d'offre pour ${seed.name}`);
    let next = 0;
    return (Object.entries(seed.plan) as [OfferKind, number][]).flatMap(([kind, count]) =>
      Array.from({ length: count }, () => {
        const template = itemAt(order, next++ % order.length);
        const site = random.pick(seed.sites.filter((candidate) => candidate.setting === template.setting));
        return buildOffer(kind, template, site, structure, ids, clock, random);
      }),
    );
  });
}

const can = (user: SeededUser, permission: SeededUser["permissions"][number]) => user.permissions.includes(permission);

function pickAuthor(structure: SeededStructure, site: SiteSeed, kind: OfferKind, random: Random): SeededUser {
  const writers = structure.users.filter((user) => can(user, "GESTIONNAIRE"));
  // Old offers of the demo structure were written by the colleague whose account is now frozen.
  const former = writers.find((user) => user.frozen);
  if (former && (kind === "EXPIRED" || kind === "DELETED_EXPIRED")) return former;
  const active = writers.filter((user) => !user.frozen);
  const own = active.find((user) => user.site === site.name);
  if (own) return own;
  const generic = active.filter((user) => !user.site);
  if (generic.length === 0 && active.length === 0) throw new Error(`Aucun gestionnaire dans ${structure.seed.name}`);
  return random.pick(generic.length > 0 ? generic : active);
}

function pickValidator(structure: SeededStructure, author: SeededUser, random: Random): SeededUser {
  const validators = structure.users.filter((user) => can(user, "VALIDEUR") && !user.frozen);
  const others = validators.filter((user) => user.id !== author.id);
  if (others.length > 0) return random.pick(others);
  if (validators.length > 0) return itemAt(validators, 0);
  throw new Error(`Aucun valideur dans ${structure.seed.name}`);
}

const maxDay = (a: string, b: string) => (a > b ? a : b);
const minDay = (a: string, b: string) => (a < b ? a : b);

type Dates = { publicationStart: string | null; publicationEnd: string | null; periodStart: string | null; periodEnd: string | null };

function buildOffer(
  kind: OfferKind,
  template: OfferTemplate,
  site: SiteSeed,
  structure: SeededStructure,
  ids: ReferenceIds,
  clock: Clock,
  random: Random,
): OfferSpec {
  const { today } = clock;
  const author = pickAuthor(structure, site, kind, random);
  const validator = pickValidator(structure, author, random);
  const events: OfferEvent[] = [];
  const push = (
    day: string,
    hours: [number, number],
    from: OfferState | null,
    to: OfferState,
    actor: SeededUser | null,
    action: OfferAction,
    comment?: string,
  ) => events.push({ at: clock.at(day, random.int(hours[0], hours[1]), actor ? random.int(0, 59) : 5), from, to, actor, action, comment });
  const periodAfter = (start: string) => {
    const periodStart = addDays(start, random.int(5, 40));
    return { periodStart, periodEnd: minDay(addDays(periodStart, random.int(21, 80)), addDays(today, 185)) };
  };

  // Creation, then either direct validation by a VALIDEUR author or a request validated by a colleague;
  // a validation before the start date leaves the offer « Validée » until the scheduled job publishes it.
  const approve = (validationDay: string, publicationStart: string) => {
    const direct = can(author, "VALIDEUR") && (validator.id === author.id || random.chance(0.35));
    const target: OfferState = validationDay >= publicationStart ? "PUBLISHED" : "VALIDATED";
    if (direct) {
      push(addDays(validationDay, -random.int(1, 15)), [9, 17], null, "DRAFT", author, "create");
      push(validationDay, [13, 18], "DRAFT", target, author, "validate");
    } else {
      const submitDay = addDays(validationDay, -random.int(0, 2));
      push(addDays(submitDay, -random.int(1, 15)), [9, 17], null, "DRAFT", author, "create");
      push(submitDay, [8, 11], "DRAFT", "PENDING", author, "submit");
      push(validationDay, [13, 18], "PENDING", target, validator, "validate");
    }
    if (target === "VALIDATED" && publicationStart <= today) push(publicationStart, [0, 0], "VALIDATED", "PUBLISHED", null, "dates", DATES_COMMENT);
  };

  let dates: Dates = { publicationStart: null, publicationEnd: null, periodStart: null, periodEnd: null };
  let revisionAt: Date | undefined;
  switch (kind) {
    case "PUBLISHED":
    case "PUBLISHED_WITH_REVISION":
    case "DELETED_PUBLISHED": {
      // A few start today (the boundary of the catalogue); revised or deleted ones started long enough ago.
      const publicationStart = addDays(today, kind !== "PUBLISHED" ? -random.int(7, 90) : random.chance(0.1) ? 0 : -random.int(1, 90));
      const periodStart = maxDay(addDays(today, random.int(-25, 80)), addDays(publicationStart, 10));
      const periodEnd = minDay(maxDay(addDays(periodStart, random.int(21, 100)), addDays(today, 30)), addDays(today, 180));
      // Still listed when its period starts: an offer that vanishes before its students arrive helps no one.
      dates = { publicationStart, publicationEnd: maxDay(addDays(today, random.int(20, 200)), periodStart), periodStart, periodEnd };
      approve(addDays(publicationStart, -random.int(0, 6)), publicationStart);
      const lastDay = maxDay(addDays(today, -random.int(1, 6)), publicationStart);
      if (kind === "PUBLISHED_WITH_REVISION") {
        push(lastDay, [9, 17], "PUBLISHED", "PUBLISHED", author, "submit_revision");
        revisionAt = itemAt(events, events.length - 1).at;
      }
      if (kind === "DELETED_PUBLISHED") push(lastDay, [9, 17], "PUBLISHED", "PUBLISHED", validator, "delete", "Offre publiée en double par erreur.");
      break;
    }
    case "VALIDATED": {
      const publicationStart = addDays(today, random.int(4, 35));
      dates = { publicationStart, publicationEnd: addDays(publicationStart, random.int(60, 150)), ...periodAfter(publicationStart) };
      approve(addDays(today, -random.int(0, 8)), publicationStart);
      break;
    }
    case "PENDING": {
      const publicationStart = addDays(today, random.int(1, 25));
      dates = { publicationStart, publicationEnd: addDays(publicationStart, random.int(60, 160)), ...periodAfter(publicationStart) };
      // Some wait for more than two days, so the validators' daily digest has something to say.
      const submitDay = addDays(today, -random.int(0, 6));
      push(addDays(submitDay, -random.int(1, 10)), [9, 17], null, "DRAFT", author, "create");
      push(submitDay, [8, 18], "DRAFT", "PENDING", author, "submit");
      break;
    }
    case "EXPIRED":
    case "DELETED_EXPIRED": {
      const publicationEnd = addDays(today, -random.int(1, 60));
      const publicationStart = addDays(publicationEnd, -random.int(60, 150));
      const periodStart = addDays(publicationStart, random.int(10, 30));
      dates = { publicationStart, publicationEnd, periodStart, periodEnd: minDay(addDays(periodStart, random.int(20, 60)), publicationEnd) };
      approve(addDays(publicationStart, -random.int(0, 5)), publicationStart);
      push(addDays(publicationEnd, 1), [0, 0], "PUBLISHED", "EXPIRED", null, "dates", DATES_COMMENT);
      if (kind === "DELETED_EXPIRED") {
        const deleteDay = addDays(publicationEnd, random.int(1, Math.max(1, daysBetween(publicationEnd, today))));
        push(deleteDay, [9, 17], "EXPIRED", "EXPIRED", validator, "delete", "Action non reconduite cette année.");
      }
      break;
    }
    case "STOPPED": {
      const publicationStart = addDays(today, -random.int(30, 80));
      // The stored end becomes the stop day, so that the dates and the state tell the same story.
      const stopDay = addDays(today, -random.int(2, 10));
      const periodStart = addDays(publicationStart, random.int(10, 25));
      dates = { publicationStart, publicationEnd: stopDay, periodStart, periodEnd: addDays(periodStart, random.int(30, 60)) };
      approve(addDays(publicationStart, -random.int(0, 5)), publicationStart);
      push(stopDay, [10, 17], "PUBLISHED", "EXPIRED", validator, "stop", STOP_COMMENT);
      break;
    }
    case "DRAFT":
    case "SENT_BACK": {
      const publicationStart = addDays(today, random.int(7, 30));
      dates = { publicationStart, publicationEnd: addDays(publicationStart, random.int(60, 120)), ...periodAfter(publicationStart) };
      if (kind === "DRAFT") {
        push(addDays(today, -random.int(1, 25)), [9, 17], null, "DRAFT", author, "create");
      } else {
        const submitDay = addDays(today, -random.int(3, 9));
        push(addDays(submitDay, -random.int(1, 7)), [9, 17], null, "DRAFT", author, "create");
        push(submitDay, [9, 12], "DRAFT", "PENDING", author, "submit");
        push(addDays(submitDay, random.int(1, 2)), [14, 18], "PENDING", "DRAFT", validator, "send_back", SENT_BACK_COMMENT);
      }
      break;
    }
    case "DRAFT_INCOMPLETE":
    case "DELETED_DRAFT": {
      const createDay = addDays(today, kind === "DRAFT_INCOMPLETE" ? -random.int(0, 12) : -random.int(5, 20));
      push(createDay, [9, 17], null, "DRAFT", author, "create");
      if (kind === "DELETED_DRAFT") push(addDays(createDay, random.int(1, 3)), [9, 17], "DRAFT", "DRAFT", author, "delete");
      break;
    }
  }

  const incomplete = kind === "DRAFT_INCOMPLETE" || kind === "DELETED_DRAFT";
  const content = incomplete
    ? incompleteContent(template, site, structure, ids, random)
    : completeContent(template, site, structure, author, dates, ids, random);
  const last = (action: OfferAction) => events.filter((event) => event.action === action).at(-1);
  const validation = last("validate");
  const deletion = last("delete");
  const row: NewOffer = {
    ...content,
    structureId: structure.id,
    state: itemAt(events, events.length - 1).to,
    authorId: author.id,
    submittedAt: last("submit")?.at ?? null,
    validatedAt: validation?.at ?? null,
    validatedById: validation?.actor?.id ?? null,
    deletedAt: deletion?.at ?? null,
    deletedById: deletion?.actor?.id ?? null,
    createdAt: nth(events, 0).at,
    updatedAt: itemAt(events, events.length - 1).at,
  };
  const revision = revisionAt
    ? { content: { ...content, description: `${content.description}\n\n${random.pick(REVISION_NOTES)}` }, author, at: revisionAt }
    : undefined;
  return { structure, row, events, revision };
}

function completeContent(
  template: OfferTemplate,
  site: SiteSeed,
  structure: SeededStructure,
  author: SeededUser,
  dates: Dates,
  ids: ReferenceIds,
  random: Random,
): OfferContent {
  const { seed } = structure;
  const sitePlace = place(site.commune, site.postalCode);
  const { periodKind, weeklySlots } = buildSchedule(template, site.setting, random);
  const { periodStart, periodEnd } = dates;
  if (!periodStart || !periodEnd) throw new Error("Une offre complète a une période");
  const caring = ["elderly", "hospital", "workplace", "disability"].includes(site.setting);
  return {
    name: template.name,
    description: fillDescription(template, site.name),
    themeIds: template.themes.map((label) => ids("THEME", label)),
    targetPublicIds: template.publics.map((label) => ids("TARGET_PUBLIC", label)),
    places: random.int(template.places[0], template.places[1]),
    hostSiteName: site.name,
    street: site.street,
    ...sitePlace,
    fieldTypeId: ids("FIELD_TYPE", FIELD_TYPE_BY_SETTING[site.setting]),
    referentName: fullName(author),
    referentJobTitle: author.jobTitle,
    referentPhone: phoneNumber(author.email, structure.place.regionCode),
    referentEmail: emailOf(author, seed.domain),
    localReferentName: fullName(site.contact),
    localReferentJobTitle: site.contact.jobTitle,
    localReferentPhone: phoneNumber(fullName(site.contact), sitePlace.regionCode),
    localReferentEmail: emailOf(site.contact, site.street === seed.street ? seed.domain : siteDomain(site.name)),
    applicationEmail: `service-sanitaire@${seed.domain}`,
    careModalities: describeModalities(periodKind, weeklySlots, periodStart, periodEnd, random),
    periodKind,
    weeklySlots,
    requiredDocuments: requiredDocuments(site.setting, random),
    offersHousing: seed.remote ? random.chance(0.6) : random.chance(0.03),
    offersMeals: random.chance(caring ? 0.55 : 0.2),
    offersTransport: random.chance(seed.remote ? 0.4 : 0.08),
    ...dates,
  };
}

/** A draft saved at step 1: a name, the start of a description, little else. */
function incompleteContent(template: OfferTemplate, site: SiteSeed, structure: SeededStructure, ids: ReferenceIds, random: Random): OfferContent {
  return {
    name: template.name,
    description: `${fillDescription(template, site.name).split(". ")[0]}.`,
    themeIds: random.chance(0.5) ? template.themes.map((label) => ids("THEME", label)) : [],
    hostSiteName: random.chance(0.5) ? site.name : null,
    regionCode: structure.place.regionCode,
  };
}
