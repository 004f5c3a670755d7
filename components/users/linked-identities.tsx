import { Table, Td, Th } from "@/components/ui/table";
import type { LinkedIdentity } from "@/db/schema";
import { providerName } from "@/lib/core/auth/oidc/providers";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { UnlinkIdentityButton } from "./unlink-identity-button";

/** « Identités associées » of « Mon profil »: the ProConnect and Pro Santé Connect identities that open this account. */
export function LinkedIdentities({ identities, servicesNames }: { identities: LinkedIdentity[]; servicesNames: string[] }) {
  if (identities.length === 0) {
    return (
      <p>
        Aucune identité associée. Pour vous connecter avec {servicesNames.join(" ou ")}, choisissez son bouton sur la page de connexion : un lien de
        confirmation sera envoyé à l&apos;adresse de votre compte.
      </p>
    );
  }
  return (
    <Table caption="Identités associées" captionHidden data-testid="linked-identities">
      <thead>
        <tr>
          <Th>Service</Th>
          <Th>Email transmis</Th>
          <Th>Associée le</Th>
          <Th>Dernière utilisation</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {identities.map((identity) => (
          <tr key={identity.id}>
            <Th scope="row" className="font-normal">
              {providerName(identity.provider)}
            </Th>
            <Td className="break-words">{identity.email ?? "—"}</Td>
            <Td>{formatDateTimeFr(identity.createdAt)}</Td>
            <Td>{identity.lastUsedAt ? formatDateTimeFr(identity.lastUsedAt) : "—"}</Td>
            <Td>
              <UnlinkIdentityButton identityId={identity.id} name={providerName(identity.provider)} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
