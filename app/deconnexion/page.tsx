import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PublicShell } from "@/components/layout/page-shell";
import { pendingProviderLogout } from "@/lib/core/auth/oidc/logout";
import { providerName } from "@/lib/core/auth/oidc/providers";

export const metadata: Metadata = { title: "Déconnexion", robots: { index: false } };

/**
 * After « Se déconnecter » of a session opened through ProConnect or Pro Santé Connect, without
 * JavaScript (lib/core/auth/oidc/logout.ts): the platform's session is already closed; the page sends
 * the browser on to the provider's logout (a refresh, not a form, so `form-action 'self'` allows it),
 * with a link in case the browser does not follow.
 */
export default async function ProviderLogoutPage() {
  const pending = await pendingProviderLogout();
  if (!pending) redirect("/");
  const name = providerName(pending.provider);
  return (
    <PublicShell>
      <meta httpEquiv="refresh" content={`0;url=${pending.url}`} />
      <div className="max-w-3xl">
        <h1>Vous êtes déconnecté</h1>
        <p className="text-lg">Votre session sur la plateforme est fermée. Votre session {name} se ferme maintenant.</p>
        <p>
          <a href={pending.url}>Terminer la déconnexion de {name}</a>
        </p>
      </div>
    </PublicShell>
  );
}
