import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { RegionAdminRow } from "@/lib/core/auth/second-factor/region-admins";
import { ResetSecondFactorButton } from "./reset-button";

/** « Administrateurs de la région »: each one's second factor, and its reset by another admin (never one's own). */
export function RegionAdmins({ admins, currentUserId }: { admins: RegionAdminRow[]; currentUserId: string }) {
  return (
    <section aria-labelledby="titre-administrateurs" className="mt-12">
      <h2 id="titre-administrateurs">Administrateurs de la région</h2>
      <p className="max-w-3xl">
        Un administrateur qui a perdu son téléphone et ses codes de secours demande à un autre administrateur de la région de réinitialiser sa double
        authentification ; il l&apos;activera de nouveau à sa prochaine connexion.
      </p>
      <Table caption="Administrateurs de la région" captionHidden>
        <thead>
          <tr>
            <Th>Nom</Th>
            <Th>Email</Th>
            <Th>Double authentification</Th>
            <Th>Actions</Th>
          </tr>
        </thead>
        <tbody>
          {admins.map((admin) => (
            <tr key={admin.id}>
              <Td>
                {admin.firstName} {admin.lastName}
              </Td>
              <Td className="break-words">{admin.email}</Td>
              <Td>
                {admin.hasSecondFactor ? (
                  <Badge tone="success" size="sm">
                    Activée
                  </Badge>
                ) : (
                  <Badge tone="info" size="sm">
                    À activer à la prochaine connexion
                  </Badge>
                )}
              </Td>
              <Td>
                {admin.id !== currentUserId && admin.hasSecondFactor ? (
                  <ResetSecondFactorButton userId={admin.id} name={`${admin.firstName} ${admin.lastName}`} />
                ) : (
                  "—"
                )}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
