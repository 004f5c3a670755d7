import "server-only";
import { headers } from "next/headers";
import { HOUR_MS } from "@/lib/core/dates/durations";
import { uploadDoor } from "@/lib/core/files/upload-door";
import { clientAddress } from "@/lib/core/http/client-address";
import { atMost, consume } from "@/lib/core/limits/limiter";
import { fileExtension } from "@/lib/core/validation/files";
import { fileTypeMessage, MAX_SUPPORT_ATTACHMENTS, SUPPORT_EXTENSIONS, SUPPORT_FILE_TYPES } from "./schemas";
import { SUPPORT_LIMITS } from "./throttle";

/** As many files an hour from one address as the requests the form lets it send (lib/help/throttle.ts). */
const UPLOADS_PER_ADDRESS_PER_HOUR = SUPPORT_LIMITS.perAddressPerHour * MAX_SUPPORT_ATTACHMENTS;
export const UPLOADS_THROTTLED_MESSAGE = "Vous avez envoyé beaucoup de fichiers en peu de temps : merci de patienter une heure avant d'en envoyer d'autres.";

/**
 * A « Pièce jointe » of the « Formulaire d'assistance », sent before the form (POST /api/fichiers?pour=assistance):
 * public like the form, with the form's types and a cap per client address, since anyone may send one.
 */
export const receiveSupportAttachment = uploadDoor(
  "public",
  {
    purpose: "assistance",
    options: { allowedTypes: SUPPORT_FILE_TYPES },
    nameProblem: (name) => ((SUPPORT_EXTENSIONS as readonly string[]).includes(fileExtension(name)) ? null : fileTypeMessage(name)),
  },
  async () => {
    const address = clientAddress(await headers());
    const rule = { bucket: `upload:address:${address}`, windowMs: HOUR_MS, wait: atMost(UPLOADS_PER_ADDRESS_PER_HOUR, HOUR_MS) };
    const consumed = await consume([rule], new Date());
    return consumed.ok ? null : { status: 429, body: { message: UPLOADS_THROTTLED_MESSAGE } };
  },
);
