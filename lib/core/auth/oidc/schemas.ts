import { z } from "zod";

export const unlinkIdentitySchema = z.object({ identityId: z.string({ error: "Identité introuvable" }).uuid({ error: "Identité introuvable" }) });
export const confirmLinkSchema = z.object({ token: z.string({ error: "Lien invalide" }).max(100, { error: "Lien invalide" }) });
export const resendLinkSchema = z.object({});
