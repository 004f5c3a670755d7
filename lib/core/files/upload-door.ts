import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/core/actions/define-action";
import type { ActionResult } from "@/lib/core/actions/result";
import type { Capability } from "@/lib/core/auth/permissions";
import type { SessionUser } from "@/lib/core/auth/session";
import { receiveUpload, type UploadAnswer, type UploadPolicy } from "./receive";

/**
 * POST /api/fichiers goes through the one door (lib/core/actions/define-action.ts) like every write:
 * the session, the account's state and the permission table decide before a byte of the body is read.
 * `before` runs next (a limit for the public form), then the body is received.
 */
export function uploadDoor(
  access: "public" | Capability,
  policy: UploadPolicy,
  before?: (request: Request, user: SessionUser | null) => Promise<UploadAnswer | null>,
): (request: Request) => Promise<ActionResult<UploadAnswer>> {
  return defineAction({
    access,
    schema: z.instanceof(Request),
    handler: async (request, { user }) => (await before?.(request, user)) ?? receiveUpload(request, policy, user?.id ?? null),
  }) as (request: Request) => Promise<ActionResult<UploadAnswer>>;
}

const STATUS_OF_REFUSAL: Record<string, number> = {
  UNAUTHENTICATED: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  TERMS_ACCEPTANCE_REQUIRED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 400,
  CONFLICT: 409,
  THROTTLED: 429,
  UNAVAILABLE: 503,
};

/** The door's answer as HTTP: 201 with the file's id and token, or a status and a French message. */
export function uploadResponse(result: ActionResult<UploadAnswer>): Response {
  const headers = { "Cache-Control": "no-store" };
  if (result.ok) return Response.json(result.data.body, { status: result.data.status, headers });
  const message = result.message ?? "L'envoi du fichier a échoué. Réessayez dans un instant.";
  return Response.json({ message }, { status: STATUS_OF_REFUSAL[result.code ?? ""] ?? 500, headers });
}
