import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TemporaryPasswordForm } from "@/components/auth/temporary-password-form";
import { PublicShell } from "@/components/layout/page-shell";
import { homeFor } from "@/lib/core/auth/permissions";
import { getCurrentUser } from "@/lib/core/auth/session";
import { termsToAccept } from "@/lib/passwords/service";

export const metadata: Metadata = { title: "Nouveau mot de passe" };

/**
 * First login with a temporary password (docs/produit.md#comptes-et-securite): a new password before anything else. Reads the
 * session directly — requireUser() sends users with a temporary password here, it would loop.
 */
export default async function ForcedPasswordChangePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/connexion");
  if (!user.mustChangePassword) redirect(homeFor(user));
  return (
    <PublicShell>
      <h1>Choisissez votre mot de passe</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Bonjour {user.firstName}, vous vous êtes connecté avec un mot de passe temporaire. Pour protéger votre compte, choisissez maintenant votre propre mot de
        passe : vous seul le connaîtrez.
      </p>
      <TemporaryPasswordForm context={{ email: user.email, isRegionalAdmin: user.kind === "REGIONAL_ADMIN" }} requireTerms={await termsToAccept(user.id)} />
    </PublicShell>
  );
}
