import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { PublicShell } from "@/components/layout/page-shell";
import { PasskeyLoginButton } from "@/components/second-factor/passkey-buttons";
import { homeFor } from "@/lib/core/auth/permissions";
import { SECOND_FACTOR_PAGES } from "@/lib/core/auth/second-factor/step";
import { getSessionInAnyStep } from "@/lib/core/auth/session";

export const metadata: Metadata = { title: "Connexion" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ retour?: string | string[]; session?: string | string[] }> }) {
  const current = await getSessionInAnyStep();
  if (current) redirect(current.step ? SECOND_FACTOR_PAGES[current.step] : homeFor(current.user));
  const { retour, session } = await searchParams;

  return (
    <PublicShell>
      <div className="grid gap-12 md:grid-cols-[3fr_2fr]">
        <section aria-labelledby="titre-connexion">
          <h1 id="titre-connexion">Connexion</h1>
          {session === "expiree" && (
            <Alert tone="info" title="Votre session a expiré" className="mb-6" data-testid="session-expired">
              <p>Par sécurité, une session se ferme après un temps sans activité. Reconnectez-vous pour continuer.</p>
            </Alert>
          )}
          <p className="mb-8 text-lg">
            Structures d&apos;accueil, établissements de formation et administrateurs de l&apos;ARS : connectez-vous avec votre adresse email.
          </p>
          <LoginForm returnTo={typeof retour === "string" ? retour : undefined} />
          <div className="mt-8 max-w-xl border-t border-grey-900 pt-8">
            <p>Vous avez enregistré une clé d&apos;accès (empreinte, visage, code de l&apos;appareil) dans « Mon profil » ?</p>
            <PasskeyLoginButton returnTo={typeof retour === "string" ? retour : undefined} />
          </div>
        </section>
        <aside aria-labelledby="titre-creer" className="border-t border-grey-900 pt-8 md:border-l md:border-t-0 md:pl-12 md:pt-0">
          <h2 id="titre-creer">Vous n&apos;avez pas de compte ?</h2>
          <p>
            Écoles, associations, centres de santé, collectivités : créez le compte de votre structure pour proposer des actions de prévention aux étudiants en
            santé. L&apos;ARS de votre région valide la demande.
          </p>
          <Link href="/inscription" className="font-bold">
            Créer un compte offreur
          </Link>
        </aside>
      </div>
    </PublicShell>
  );
}
