import type { LinkedIdentity } from "@/db/schema";
import { providerName } from "@/lib/core/auth/oidc/providers";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { ProfileTable } from "./profile-table";
import { UnlinkIdentityButton } from "./unlink-identity-button";

/** « Identités associées » of « Mon profil »: the ProConnect and Pro Santé Connect identities that open this account. */
export function LinkedIdentities({ identities, servicesNames }: { identities: LinkedIdentity[]; servicesNames: string[] }) {
  if (identities.length === 0) {
    return (
      <p>
        Aucune identité associée. Pour vous connecter avec {servicesNames.join(" ou ")}, associez ici votre identité, ou choisissez son bouton sur la page de
        connexion : un lien de confirmation sera alors envoyé à l&apos;adresse de votre compte.
      </p>
    );
  }
  return (
    <ProfileTable
      caption="Identités associées"
      testId="linked-identities"
      columns={["Service", "Email transmis", "Associée le", "Dernière utilisation"]}
      rows={identities.map((identity) => ({
        key: identity.id,
        name: providerName(identity.provider),
        cells: [identity.email ?? "—", formatDateTimeFr(identity.createdAt), identity.lastUsedAt ? formatDateTimeFr(identity.lastUsedAt) : "—"],
        action: <UnlinkIdentityButton identityId={identity.id} name={providerName(identity.provider)} />,
      }))}
    />
  );
}
