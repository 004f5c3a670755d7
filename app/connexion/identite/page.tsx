import type { Metadata } from "next";
import Link from "next/link";
import { ResendLinkButton } from "@/components/auth/resend-link-button";
import { PublicShell } from "@/components/layout/page-shell";
import { readPendingLink } from "@/lib/core/auth/oidc/cookies";
import { LINK_TTL_MINUTES } from "@/lib/core/auth/oidc/identities";
import { PROVIDERS } from "@/lib/core/auth/oidc/providers";
import { getRegion } from "@/lib/core/geo/territories";
import { listRegionContacts } from "@/lib/regions/settings";

export const metadata: Metadata = { title: "Identité ProConnect ou Pro Santé Connect", robots: { index: false } };

/**
 * Where a sign-on through ProConnect or Pro Santé Connect lands when the identity opens no account
 * (docs/produit.md#identites-externes): a confirmation link sent to the account of the same email, or
 * « Aucun compte n'est associé à cette identité » and what to do. Never an automatic account.
 */
export default async function IdentityOutcomePage({ searchParams }: { searchParams: Promise<{ resultat?: string; fournisseur?: string }> }) {
  const { resultat, fournisseur } = await searchParams;
  const name = PROVIDERS.find((provider) => provider.slug === fournisseur)?.name ?? "ce service";
  if (resultat === "lien-envoye") return <LinkSent name={name} />;
  if (resultat === "trop-de-liens") {
    return (
      <PublicShell>
        <div className="max-w-3xl">
          <h1>Trop de liens envoyés</h1>
          <p className="text-lg">
            Plusieurs liens de confirmation ont déjà été envoyés à l&apos;adresse de votre compte dans l&apos;heure. Utilisez le plus récent, ou réessayez dans
            une heure.
          </p>
          <Link href="/connexion">Retour à la connexion</Link>
        </div>
      </PublicShell>
    );
  }
  return <NoAccount name={name} />;
}

async function LinkSent({ name }: { name: string }) {
  const pending = await readPendingLink();
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <h1>Confirmez par email</h1>
        <p className="text-lg">
          Un compte existe avec l&apos;adresse que {name} nous a transmise. Pour vous connecter désormais avec {name}, suivez le lien que nous venons
          d&apos;envoyer à <strong className="break-words">{pending?.email ?? "cette adresse"}</strong> : il est valable {LINK_TTL_MINUTES} minutes et ne sert
          qu&apos;une fois.
        </p>
        <p>Le message n&apos;arrive pas ? Regardez dans les courriers indésirables, puis demandez un nouveau lien.</p>
        <ResendLinkButton />
        <p className="mt-8">
          <Link href="/connexion">Retour à la connexion</Link>
        </p>
      </div>
    </PublicShell>
  );
}

async function NoAccount({ name }: { name: string }) {
  const contacts = (await listRegionContacts())
    .map((contact) => ({ ...contact, regionName: getRegion(contact.regionCode)?.name ?? contact.regionCode }))
    .sort((a, b) => a.regionName.localeCompare(b.regionName, "fr"));
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <h1>Aucun compte n&apos;est associé à cette identité</h1>
        <p className="text-lg">
          {name} vous a bien identifié, mais aucun compte de la plateforme ne correspond à cette identité. Aucun compte n&apos;est créé automatiquement.
        </p>
        <h2>Vous représentez une structure d&apos;accueil</h2>
        <p>
          École, association, centre de santé, collectivité : créez le compte de votre structure ; l&apos;ARS de votre région valide la demande. Si votre
          structure a déjà un compte, demandez à son administrateur de vous ajouter avec l&apos;adresse email que connaît {name}.
        </p>
        <p>
          <Link href="/inscription" className="font-bold">
            Créer un compte offreur
          </Link>
        </p>
        <h2>Vous travaillez à l&apos;ARS ou dans un établissement de formation</h2>
        <p>Votre compte est créé par l&apos;ARS de votre région, avec l&apos;adresse email que connaît {name}. Contactez-la :</p>
        {contacts.length > 0 ? (
          <ul data-testid="ars-contacts">
            {contacts.map((contact) => (
              <li key={contact.regionCode}>
                ARS {contact.regionName} : <a href={`mailto:${contact.contactEmail}`}>{contact.contactEmail}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p>par l&apos;adresse de contact qu&apos;elle vous a communiquée.</p>
        )}
        <p className="mt-8">
          <Link href="/connexion">Se connecter avec une adresse email et un mot de passe</Link>
        </p>
      </div>
    </PublicShell>
  );
}
