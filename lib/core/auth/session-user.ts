import type { Permission, User, UserKind } from "@/db/schema";
import { mustAcceptTerms } from "@/lib/users/terms";

// Kept apart from session.ts (which loads Auth.js) so that tests can build a SessionUser from a row.
export type SessionUser = {
  id: string;
  kind: UserKind;
  email: string;
  firstName: string;
  lastName: string;
  displayName: string;
  permissions: Permission[];
  structureId: string | null;
  institutionId: string | null;
  /** The région the user belongs to: the admin's scope, the structure's or the institution's. */
  regionCode: string | null;
  mustChangePassword: boolean;
  /** The CGU in force are not the version this user accepted (lib/users/terms.ts): /cgu/accepter before anything else. */
  mustAcceptTerms: boolean;
  /** The row of user_sessions this request runs under (null only for users built by tests). */
  sessionId: string | null;
};

export function toSessionUser(user: User, scopeRegion: string | null, sessionId: string | null = null): SessionUser {
  return {
    id: user.id,
    kind: user.kind,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    displayName: `${user.firstName} ${user.lastName}`,
    permissions: user.permissions,
    structureId: user.structureId,
    institutionId: user.institutionId,
    regionCode: user.regionCode ?? scopeRegion,
    mustChangePassword: user.mustChangePassword,
    mustAcceptTerms: mustAcceptTerms(user.termsVersion),
    sessionId,
  };
}
