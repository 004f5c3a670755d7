import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmLinkForm } from "@/components/auth/confirm-link-form";
import { PublicShell } from "@/components/layout/page-shell";
import { findPendingLink } from "@/lib/core/auth/oidc/identities";
import { providerName } from "@/lib/core/auth/oidc/providers";

export const metadata: Metadata = { title: "Associer votre identité", referrer: "no-referrer", robots: { index: false } };

/**
 * The emailed link of « Associer votre identité » (docs/produit.md#identites-externes). Opening it
 * changes nothing (mail scanners open links): the button does.
 */
export default async function ConfirmLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const pending = await findPendingLink(token);
  if (!pending) {
    return (
      <PublicShell>
        <div className="max-w-3xl">
          <h1>Ce lien n&apos;est plus valide</h1>
          <p className="text-lg">
            Il a déjà servi, ou il a expiré : un lien d&apos;association est valable 15 minutes et ne sert qu&apos;une fois. Identifiez-vous de nouveau avec
            ProConnect ou Pro Santé Connect depuis la page de connexion pour en recevoir un autre.
          </p>
          <Link href="/connexion">Aller à la page de connexion</Link>
        </div>
      </PublicShell>
    );
  }
  const name = providerName(pending.provider);
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <h1>Associer votre identité {name}</h1>
        <p className="text-lg">
          Vous pourrez vous connecter au compte <strong className="break-words">{pending.email}</strong> avec {name}, en plus de votre mot de passe. Vos
          permissions restent celles de votre compte.
        </p>
        <ConfirmLinkForm token={token} providerName={name} />
      </div>
    </PublicShell>
  );
}
