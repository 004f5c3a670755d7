import type { BadgeTone } from "@/components/ui/badge";
import type { OutboxStatus } from "@/db/schema";
import type { TemplateName } from "@/emails/types";

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  QUEUED: "En attente",
  SENDING: "En cours",
  SENT: "Envoyé",
  FAILED: "Échec",
};

export const OUTBOX_STATUS_TONES: Record<OutboxStatus, BadgeTone> = { QUEUED: "info", SENDING: "new", SENT: "success", FAILED: "error" };

export const OUTBOX_STATUSES = Object.keys(OUTBOX_STATUS_LABELS) as OutboxStatus[];

/** The template names as the admin reads them in /admin/courriels. */
export const TEMPLATE_LABELS: Record<TemplateName, string> = {
  "signup-received": "Demande de compte reçue",
  "signup-to-review": "Demande de compte à examiner",
  "account-activation": "Activation du compte",
  "signup-refused": "Demande de compte refusée",
  "user-created": "Utilisateur créé",
  "offer-to-validate": "Offre à valider",
  "offer-validated": "Offre validée",
  "offer-sent-back": "Offre renvoyée pour correction",
  "publication-ending": "Fin de publication proche",
  "password-reset": "Réinitialisation du mot de passe",
  "validator-digest": "Rappel aux valideurs",
  "admin-signup-digest": "Rappel des demandes de compte",
  "institution-user-created": "Compte établissement créé",
  "structure-frozen": "Compte offreur gelé",
  "structure-unfrozen": "Compte offreur dégelé",
  "support-request": "Demande d'assistance",
  "support-request-received": "Accusé de réception d'une demande d'assistance",
  "support-reply": "Réponse à une demande d'assistance",
};

export function templateLabel(name: string): string {
  return Object.hasOwn(TEMPLATE_LABELS, name) ? TEMPLATE_LABELS[name as TemplateName] : name;
}
