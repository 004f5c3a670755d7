import { z } from "zod";
import { emailSchema, REQUIRED_MESSAGE, requiredText } from "@/lib/core/validation/common";
import { optionalPhoneSchema } from "@/lib/core/validation/phone";
import { uploadedFilesSchema } from "@/lib/core/validation/uploaded-files";
import { ATTACHMENT_MAX_BYTES, fileExtension, sanitizeFilename, type FileType } from "@/lib/core/validation/files";

/**
 * « Aide et assistance » (docs/produit.md#aide-et-assistance, guide SAS « Remonter une difficulté »): the same schemas check the
 * forms in the browser and the server actions. Client-safe. What needs the server (the région exists,
 * the files' content) is checked again in lib/help/support.ts.
 */

/** « Vous êtes », stored as the key in support_requests.requester_role. */
export const REQUESTER_ROLES = {
  STRUCTURE: "Structure d'accueil",
  INSTITUTION: "Établissement de formation",
  STUDENT: "Étudiant",
  OTHER: "Autre",
} as const;
export type RequesterRole = keyof typeof REQUESTER_ROLES;
const ROLE_KEYS = Object.keys(REQUESTER_ROLES) as [RequesterRole, ...RequesterRole[]];

export function requesterRoleLabel(role: string): string {
  return Object.hasOwn(REQUESTER_ROLES, role) ? REQUESTER_ROLES[role as RequesterRole] : role;
}

/**
 * « Votre demande concerne », stored as the key in support_requests.topic, which is also the value of
 * the `concerne` filter of /admin/aide. Requests sent before the field existed have none.
 */
export const SUPPORT_TOPICS = {
  compte: "Mon compte",
  offre: "Une offre",
  disponibilites: "Les disponibilités des étudiants",
  technique: "Un problème technique",
  autre: "Autre chose",
} as const;
export type SupportTopic = keyof typeof SUPPORT_TOPICS;
export const SUPPORT_TOPIC_KEYS = Object.keys(SUPPORT_TOPICS) as [SupportTopic, ...SupportTopic[]];
export const TOPIC_MESSAGE = "Sélectionnez dans la liste ce que concerne votre demande";

export function isSupportTopic(value: unknown): value is SupportTopic {
  return typeof value === "string" && Object.hasOwn(SUPPORT_TOPICS, value);
}

/** The topic as the form shows it; « Non précisé » for a request sent before the field existed. */
export function supportTopicLabel(topic: string | null): string {
  return isSupportTopic(topic) ? SUPPORT_TOPICS[topic] : "Non précisé";
}

// guide SAS: « jusqu'à 3 pièces jointes », « 10 Mo »; docs/produit.md#pouvoirs-de-lars: PDF, JPEG, PNG and spreadsheets.
export const MAX_SUPPORT_ATTACHMENTS = 3;
export const SUPPORT_EXTENSIONS = ["pdf", "jpg", "jpeg", "png", "xlsx", "xls", "ods", "csv"] as const;
/** The content each accepted extension must have (lib/core/validation/files compares them). */
export const SUPPORT_FILE_TYPES: readonly FileType[] = ["pdf", "jpeg", "png", "docx/xlsx/zip", "ole", "text"];
export const SUPPORT_ACCEPT = ".pdf,.jpg,.jpeg,.png,.xlsx,.xls,.ods,.csv,application/pdf,image/jpeg,image/png";
export const TOO_MANY_FILES_MESSAGE = `${MAX_SUPPORT_ATTACHMENTS} pièces jointes au maximum : retirez-en une`;
export const REGION_MESSAGE = "Choisissez votre région dans la liste";

export function fileTypeMessage(name: string): string {
  return `Le fichier « ${sanitizeFilename(name)} » n'est pas d'un type accepté : PDF, JPEG, PNG ou tableur (xlsx, xls, ods, csv)`;
}

export function fileSizeMessage(name: string): string {
  return `Le fichier « ${sanitizeFilename(name)} » ne doit pas dépasser 10 Mo`;
}

/**
 * The « Pièce(s) jointe(s) » inputs. FormData gives one File, several, or none; an input left empty
 * submits an empty File, which means nothing chosen. Its name is "" in the browser but arrives as
 * "undefined" through Next's multipart parser, so emptiness is judged by size alone (an empty file
 * carries nothing to lose). Size and extension are judged here (both sides, before any upload); the
 * content by lib/core/validation/files `checkAttachment`.
 */
export const supportAttachmentsSchema = z
  .union([z.instanceof(File), z.literal(""), z.array(z.union([z.instanceof(File), z.literal("")]))])
  .optional()
  .transform((value) =>
    (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((file): file is File => file instanceof File && file.size > 0),
  )
  .superRefine((files, context) => {
    if (files.length > MAX_SUPPORT_ATTACHMENTS) context.addIssue({ code: "custom", message: TOO_MANY_FILES_MESSAGE });
    for (const file of files) {
      if (!(SUPPORT_EXTENSIONS as readonly string[]).includes(fileExtension(file.name)))
        context.addIssue({ code: "custom", message: fileTypeMessage(file.name) });
      else if (file.size > ATTACHMENT_MAX_BYTES) context.addIssue({ code: "custom", message: fileSizeMessage(file.name) });
    }
  });

/** « Formulaire d'assistance ». */
export const supportRequestFieldsSchema = z.object({
  requesterRole: z.enum(ROLE_KEYS, { error: REQUIRED_MESSAGE }),
  regionCode: z
    .string({ error: REGION_MESSAGE })
    .trim()
    .regex(/^\d{2,3}$/, { error: REGION_MESSAGE }),
  name: requiredText("Nom", 150),
  email: emailSchema,
  phone: optionalPhoneSchema,
  topic: z.enum(SUPPORT_TOPIC_KEYS, { error: TOPIC_MESSAGE }),
  subject: requiredText("Objet", 200),
  message: requiredText("Message", 5000),
});

/**
 * With JavaScript the files go first to POST /api/fichiers, streamed, and the form carries their
 * « id:token » in `uploadedFiles`; without, they travel in the form itself (`attachments`).
 */
export const supportRequestSchema = supportRequestFieldsSchema
  .extend({ attachments: supportAttachmentsSchema, uploadedFiles: uploadedFilesSchema })
  .superRefine((values, context) => {
    if (values.uploadedFiles.length > MAX_SUPPORT_ATTACHMENTS || (values.uploadedFiles.length > 0 && values.attachments.length > 0))
      context.addIssue({ code: "custom", path: ["attachments"], message: TOO_MANY_FILES_MESSAGE });
  });
export type SupportRequestInput = z.input<typeof supportRequestSchema>;
export type SupportRequestValues = z.output<typeof supportRequestSchema>;
export type SupportRequestField = keyof SupportRequestValues;

const uuidSchema = z.uuid({ error: "Demande introuvable" });

export const supportRequestRefSchema = z.object({ requestId: uuidSchema });

/** « Répondre »: the answer leaves by email, the original message quoted under it. */
export const answerSupportRequestSchema = z.object({ requestId: uuidSchema, answer: requiredText("Réponse", 5000) });

/** FAQ entries of the admin's région (national ones are shared, read-only here). */
export const faqEntrySchema = z.object({
  theme: requiredText("Thème", 100),
  question: requiredText("Question", 300),
  answer: requiredText("Réponse", 5000),
});
export type FaqEntryInput = z.input<typeof faqEntrySchema>;

const faqIdSchema = z.coerce.number({ error: "Question introuvable" }).int().positive({ error: "Question introuvable" });

export const faqEntryRefSchema = z.object({ entryId: faqIdSchema });
export const updateFaqEntrySchema = faqEntrySchema.extend({ entryId: faqIdSchema });
export const moveFaqEntrySchema = z.object({ entryId: faqIdSchema, direction: z.enum(["up", "down"]) });
