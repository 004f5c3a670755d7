import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkIdentityButtons, LinkIdentityResult } from "@/components/users/link-identity-buttons";
import { LinkedIdentities } from "@/components/users/linked-identities";
import { OpenSessions } from "@/components/users/open-sessions";
import { ChangePasswordForm, ProfileDetailsForm } from "@/components/users/profile-forms";
import { SecondFactorSection } from "@/components/second-factor/profile-section";
import { requireUser } from "@/lib/core/auth/guards";
import { listLinkedIdentities } from "@/lib/core/auth/oidc/identities";
import { configuredProviders, PROVIDERS } from "@/lib/core/auth/oidc/providers";
import { secondFactorStatus } from "@/lib/core/auth/second-factor/totp-service";
import { PERMISSION_LABELS } from "@/lib/core/auth/permissions";
import { listOpenSessions } from "@/lib/core/auth/sessions/store";
import { getRegion } from "@/lib/core/geo/territories";
import { getProfile } from "@/lib/users/queries";
import { formatPhone } from "@/lib/core/validation/phone";

export const metadata: Metadata = { title: "Mon profil" };

/** « Mon profil » (docs/produit.md#comptes-et-securite, guide IDF ch. 8), opened from the user's name at the top right. Every kind of user. */
export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ identite?: string | string[]; fournisseur?: string | string[] }> }) {
  const user = await requireUser("profile.edit");
  const [profile, identities] = await Promise.all([getProfile(user.id), listLinkedIdentities(user.id)]);
  if (!profile) notFound();
  const services = configuredProviders();
  const { identite, fournisseur } = await searchParams;
  const linkedWith = PROVIDERS.find((provider) => provider.slug === fournisseur)?.name;
  const belongsTo =
    profile.structureName ?? profile.institutionName ?? (profile.regionCode ? `ARS ${getRegion(profile.regionCode)?.name ?? profile.regionCode}` : null);

  return (
    <>
      <h1>Mon profil</h1>
      <section aria-labelledby="titre-compte" className="mb-12">
        <h2 id="titre-compte">Mon compte</h2>
        <dl className="grid max-w-xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
          <dt className="font-bold">Prénom</dt>
          <dd className="m-0">{profile.firstName}</dd>
          <dt className="font-bold">Nom</dt>
          <dd className="m-0">{profile.lastName}</dd>
          <dt className="font-bold">Email</dt>
          <dd className="m-0 break-words">{profile.email}</dd>
          {belongsTo && (
            <>
              <dt className="font-bold">Rattachement</dt>
              <dd className="m-0">{belongsTo}</dd>
            </>
          )}
          {profile.permissions.length > 0 && (
            <>
              <dt className="font-bold">Permissions</dt>
              <dd className="m-0">{profile.permissions.map((p) => PERMISSION_LABELS[p]).join(", ")}</dd>
            </>
          )}
        </dl>
        <p className="mt-4 text-sm text-grey-425">
          Le nom, le prénom et l&apos;email ne peuvent pas être modifiés ici
          {profile.kind === "OFFERER" ? " : l'administrateur de votre structure peut changer votre email." : "."}
        </p>
      </section>
      <section aria-labelledby="titre-coordonnees" className="mb-12">
        <h2 id="titre-coordonnees">Mes coordonnées</h2>
        <ProfileDetailsForm defaults={{ jobTitle: profile.jobTitle ?? "", phone: profile.phone ? formatPhone(profile.phone) : "" }} />
      </section>
      <SecondFactorSection status={await secondFactorStatus(user.id)} mandatory={profile.kind === "REGIONAL_ADMIN"} />
      <section aria-labelledby="titre-mot-de-passe" className="mb-12">
        <h2 id="titre-mot-de-passe">Changer mon mot de passe</h2>
        <ChangePasswordForm email={profile.email} context={{ email: profile.email, isRegionalAdmin: profile.kind === "REGIONAL_ADMIN" }} />
      </section>
      {(identities.length > 0 || services.length > 0) && (
        <section aria-labelledby="titre-identites" className="mb-12">
          <h2 id="titre-identites">Identités associées</h2>
          <LinkIdentityResult result={typeof identite === "string" ? identite : undefined} providerName={linkedWith} />
          <LinkedIdentities identities={identities} servicesNames={services.map((service) => service.name)} />
          <LinkIdentityButtons providers={services} />
        </section>
      )}
      <section aria-labelledby="titre-sessions">
        <h2 id="titre-sessions">Mes sessions ouvertes</h2>
        <OpenSessions sessions={await listOpenSessions(user.id, new Date(), user.kind)} currentId={user.sessionId} />
      </section>
    </>
  );
}
