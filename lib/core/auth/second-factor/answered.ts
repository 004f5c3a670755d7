import "server-only";
import type { SessionUser } from "../session-user";
import { recordSecondFactor } from "../sessions/store";

/**
 * This session answered its second factor (a code, a key, or the enrolment that just proved a new
 * one): its row in user_sessions says so from now on, and checkSession lets it through.
 */
export async function markSessionAnswered(user: SessionUser): Promise<void> {
  if (user.sessionId) await recordSecondFactor(user.sessionId);
}
