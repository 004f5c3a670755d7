import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { UserSession } from "@/db/schema";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { EndAllSessionsButton, EndSessionButton } from "./session-buttons";

/** « Sessions ouvertes » of « Mon profil »: each browser where the person is logged in, this one first and marked. */
export function OpenSessions({ sessions, currentId }: { sessions: UserSession[]; currentId: string | null }) {
  const ordered = [...sessions.filter((s) => s.id === currentId), ...sessions.filter((s) => s.id !== currentId)];
  return (
    <>
      <p>Les navigateurs et appareils où vous êtes connecté. Si l&apos;un d&apos;eux ne vous dit rien, fermez-le et changez votre mot de passe.</p>
      <Table caption="Sessions ouvertes" captionHidden data-testid="open-sessions">
        <thead>
          <tr>
            <Th>Appareil</Th>
            <Th>Connexion</Th>
            <Th>Dernière utilisation</Th>
            <Th>
              <span className="sr-only">Actions</span>
            </Th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((session) => (
            <tr key={session.id}>
              <Th scope="row" className="font-normal">
                {session.device}
                {session.id === currentId && (
                  <>
                    {" "}
                    <Badge tone="info">cette session</Badge>
                  </>
                )}
              </Th>
              <Td>{formatDateTimeFr(session.createdAt)}</Td>
              <Td>{formatDateTimeFr(session.lastUsedAt)}</Td>
              <Td>{session.id !== currentId && <EndSessionButton sessionId={session.id} device={session.device} />}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <EndAllSessionsButton />
    </>
  );
}
