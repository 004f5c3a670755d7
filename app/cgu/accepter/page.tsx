import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TermsAcceptanceForm } from "@/components/auth/terms-acceptance-form";
import { PublicShell } from "@/components/layout/page-shell";
import { homeFor } from "@/lib/core/auth/permissions";
import { getCurrentUser } from "@/lib/core/auth/session";
import { logoutAction } from "@/lib/core/auth/actions";

export const metadata: Metadata = { title: "Nouvelles conditions d'utilisation" };

/**
 * The CGU changed since this user accepted them (docs/produit.md#comptes-et-securite): every page sends them here until they accept
 * the version in force. Reads the session directly — requireUser() sends them here, it would loop.
 */
export default async function AcceptTermsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/connexion");
  if (user.mustChangePassword) redirect("/nouveau-mot-de-passe");
  if (!user.mustAcceptTerms) redirect(homeFor(user));
  return (
    <PublicShell>
      <h1>Nouvelles conditions d&apos;utilisation</h1>
      <p className="mb-4 max-w-3xl text-lg">
        Bonjour {user.firstName}, les conditions générales d&apos;utilisation de la plateforme ont changé depuis que vous les avez acceptées. Pour continuer,
        lisez-les puis acceptez-les : la date de votre acceptation est conservée.
      </p>
      <p className="mb-8">
        <Link href="/cgu" target="_blank">
          Lire les conditions générales d&apos;utilisation<span className="sr-only"> (nouvelle fenêtre)</span>
        </Link>
      </p>
      <TermsAcceptanceForm />
      <form action={logoutAction} className="mt-8">
        <button type="submit" className="text-sm underline">
          Ne pas accepter et se déconnecter
        </button>
      </form>
    </PublicShell>
  );
}
