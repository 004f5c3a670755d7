/**
 * The props of every email, by template name. This is the contract with the code that queues
 * emails (sign-up, moderation, offers, cron): names and props are stable. No template takes a
 * password: accounts are reached through single-use links only.
 */
export type EmailPropsByTemplate = {
  "signup-received": { firstName: string; structureName: string };
  "signup-to-review": { structureName: string; requesterName: string; regionName: string; reviewUrl: string };
  "account-activation": { firstName: string; structureName: string; activationUrl: string; expiresInHours: number };
  "signup-refused": { firstName: string; structureName: string; reason: string };
  "user-created": { firstName: string; structureName: string; createdByName: string; loginUrl: string };
  "offer-to-validate": { offerNumber: string | number; offerName: string; authorName: string; offerUrl: string };
  "offer-validated": { offerNumber: string | number; offerName: string; stateLabel: string; offerUrl: string };
  "offer-sent-back": { offerNumber: string | number; offerName: string; validatorName: string; comment: string; offerUrl: string };
  /** endDate: a Paris calendar date, `YYYY-MM-DD`, shown in French. */
  "publication-ending": { offerNumber: string | number; offerName: string; endDate: string; offerUrl: string };
  "password-reset": { firstName: string; resetUrl: string; expiresInHours: number };
  /** waitingSince: an ISO instant. */
  "validator-digest": { firstName: string; offers: { offerNumber: string | number; offerName: string; waitingSince: string }[]; spaceUrl: string };
  /** receivedAt: an ISO instant. */
  "admin-signup-digest": { firstName: string; requests: { structureName: string; receivedAt: string }[]; reviewUrl: string };
  "institution-user-created": { firstName: string; institutionName: string; activationUrl: string; expiresInHours: number };
  /** To each ADMIN of a structure the regional admin froze (reason mandatory) or unfroze. */
  "structure-frozen": { firstName: string; structureName: string; regionName: string; reason: string };
  "structure-unfrozen": { firstName: string; structureName: string; regionName: string; loginUrl: string };
  /** « Formulaire d'assistance » (SPEC §8): to the région's admins, the acknowledgement, the answer. */
  "support-request": {
    requesterName: string;
    requesterRole: string;
    requesterEmail: string;
    regionName: string;
    subject: string;
    message: string;
    attachmentCount: number;
    requestUrl: string;
  };
  "support-request-received": { name: string; regionName: string; subject: string; message: string; helpUrl: string };
  /** sentAt: an ISO instant (when the request was sent). */
  "support-reply": { name: string; answer: string; answeredBy: string; regionName: string; subject: string; message: string; sentAt: string; helpUrl: string };
};

export type TemplateName = keyof EmailPropsByTemplate;
export type TemplateProps<T extends TemplateName> = EmailPropsByTemplate[T];
