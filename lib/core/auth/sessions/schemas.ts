import { z } from "zod";

export const endSessionSchema = z.object({ sessionId: z.string({ error: "Session introuvable" }).uuid({ error: "Session introuvable" }) });
export const endAllSessionsSchema = z.object({});
