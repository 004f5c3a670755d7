import { Badge } from "@/components/ui/badge";
import type { UserSession } from "@/db/schema";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { ProfileTable } from "./profile-table";
import { EndAllSessionsButton, EndSessionButton } from "./session-buttons";

/** « Sessions ouvertes » of « Mon profil »: each browser where the person is logged in, this one first and marked. */
export function OpenSessions({ sessions, currentId }: { sessions: UserSession[]; currentId: string | null }) {
  const ordered = [...sessions.filter((s) => s.id === currentId), ...sessions.filter((s) => s.id !== currentId)];
  return (
    <>
      <p>Les navigateurs et appareils où vous êtes connecté. Si l&apos;un d&apos;eux ne vous dit rien, fermez-le et changez votre mot de passe.</p>
      <ProfileTable
        caption="Sessions ouvertes"
        testId="open-sessions"
        columns={["Appareil", "Connexion", "Dernière utilisation"]}
        rows={ordered.map((session) => ({
          key: session.id,
          name: (
            <>
              {session.device}
              {session.id === currentId && (
                <>
                  {" "}
                  <Badge tone="info">cette session</Badge>
                </>
              )}
            </>
          ),
          cells: [formatDateTimeFr(session.createdAt), formatDateTimeFr(session.lastUsedAt)],
          action: session.id !== currentId && <EndSessionButton sessionId={session.id} device={session.device} />,
        }))}
      />
      <EndAllSessionsButton />
    </>
  );
}
