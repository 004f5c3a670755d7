import type { Permission, UserKind } from "@/db/schema";

/**
 * The one permission table (docs/produit.md#roles-et-permissions). Every page guard and every server action names a capability
 * from here; nothing else decides who may do what. Ownership (the offer belongs to the caller's
 * structure, the period to their institution, the request to their région) is enforced in queries.
 */
type Rule = { kinds: readonly UserKind[]; anyPermission?: readonly Permission[] };

const OFFERER = ["OFFERER"] as const;
const EVERYONE = ["OFFERER", "INSTITUTION", "REGIONAL_ADMIN"] as const;
const ADMINS = ["REGIONAL_ADMIN"] as const;

export const CAPABILITIES = {
  // Offerer space — offers
  "offer.view": { kinds: OFFERER, anyPermission: ["CONSULTATION", "GESTIONNAIRE", "VALIDEUR"] },
  "offer.create": { kinds: OFFERER, anyPermission: ["GESTIONNAIRE"] },
  "offer.edit": { kinds: OFFERER, anyPermission: ["GESTIONNAIRE", "VALIDEUR"] },
  "offer.submit": { kinds: OFFERER, anyPermission: ["GESTIONNAIRE", "VALIDEUR"] },
  "offer.deleteDraft": { kinds: OFFERER, anyPermission: ["GESTIONNAIRE", "VALIDEUR"] },
  "offer.deleteAny": { kinds: OFFERER, anyPermission: ["VALIDEUR"] },
  "offer.validate": { kinds: OFFERER, anyPermission: ["VALIDEUR"] },
  "offer.sendBack": { kinds: OFFERER, anyPermission: ["VALIDEUR"] },
  "offer.managePublication": { kinds: OFFERER, anyPermission: ["GESTIONNAIRE", "VALIDEUR"] },
  "offer.duplicate": { kinds: OFFERER, anyPermission: ["GESTIONNAIRE", "VALIDEUR"] },
  // Offerer space — administration
  "structure.edit": { kinds: OFFERER, anyPermission: ["ADMIN"] },
  "users.manage": { kinds: OFFERER, anyPermission: ["ADMIN"] },
  // Everyone with an account
  "space.activity": { kinds: OFFERER },
  "profile.edit": { kinds: EVERYONE },
  "calendar.view": { kinds: EVERYONE },
  // Institutions
  "availability.manage": { kinds: ["INSTITUTION"] },
  // Regional admins (always within their région)
  "admin.dashboard": { kinds: ADMINS },
  "signups.moderate": { kinds: ADMINS },
  "structures.manage": { kinds: ADMINS },
  "institutions.manage": { kinds: ADMINS },
  // Reset a lost second factor of someone of the région (docs/produit.md#double-authentification): never one's own.
  "secondFactor.reset": { kinds: ADMINS },
  "regionOffers.view": { kinds: ADMINS },
  // Soft-deleted offers (docs/produit.md#suppression-et-historique) are recoverable by an admin of their région.
  "regionOffers.restore": { kinds: ADMINS },
  // « par l'ARS » (docs/produit.md#qui-valide): validate or send back what was sent to the région's admins.
  "regionOffers.validate": { kinds: ADMINS },
  // In every région: « Dépublier » one offer, « Renvoyer pour correction » a live one.
  "regionOffers.moderate": { kinds: ADMINS },
  // « Paramètres de la région »: who validates offers, the ARS's contact address.
  "region.settings": { kinds: ADMINS },
  "references.edit": { kinds: ADMINS },
  "outbox.view": { kinds: ADMINS },
  // « Aide et assistance »: the région's support requests and its FAQ entries (docs/produit.md#aide-et-assistance)
  "help.manage": { kinds: ADMINS },
} as const satisfies Record<string, Rule>;

export type Capability = keyof typeof CAPABILITIES;

export type Principal = { kind: UserKind; permissions: readonly Permission[] };

export function can(principal: Principal | null | undefined, capability: Capability): boolean {
  if (!principal) return false;
  const rule: Rule = CAPABILITIES[capability];
  if (!rule.kinds.includes(principal.kind)) return false;
  if (!rule.anyPermission) return true;
  return rule.anyPermission.some((p) => principal.permissions.includes(p));
}

export const PERMISSION_LABELS: Record<Permission, string> = {
  CONSULTATION: "Consultation d'offres",
  GESTIONNAIRE: "Gestionnaire d'offres",
  VALIDEUR: "Valideur d'offres",
  ADMIN: "Administrateur offreur",
};

/** Where each kind of user lands after logging in. */
export function homeFor(principal: Principal): string {
  if (principal.kind === "REGIONAL_ADMIN") return "/admin";
  if (principal.kind === "INSTITUTION") return "/espace/disponibilites";
  return "/espace";
}
