import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Alert } from "@/components/ui/alert";
import { PublicShell } from "@/components/layout/page-shell";
import { IdentityButtons } from "@/components/auth/identity-buttons";
import { PasskeyLoginButton } from "@/components/second-factor/passkey-buttons";
import { frozenAccountMessage } from "@/lib/core/auth/frozen-message";
import { configuredProviders, PROVIDERS } from "@/lib/core/auth/oidc/providers";
import { homeFor } from "@/lib/core/auth/permissions";
import { SECOND_FACTOR_PAGES } from "@/lib/core/auth/second-factor/step";
import { getSessionInAnyStep } from "@/lib/core/auth/session";

export const metadata: Metadata = { title: "Connexion" };

type Params = { retour?: string | string[]; session?: string | string[]; sso?: string; fournisseur?: string; portee?: string; region?: string };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Params> }) {
  const current = await getSessionInAnyStep();
  if (current) redirect(current.step ? SECOND_FACTOR_PAGES[current.step] : homeFor(current.user));
  const { retour, session, ...signOn } = await searchParams;
  const signOnProblem = await signOnMessage(signOn);

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
          {signOnProblem && (
            <Alert tone="error" title={signOnProblem.title} className="mb-6" data-testid="sign-on-error">
              <p>{signOnProblem.text}</p>
            </Alert>
          )}
          <p className="mb-8 text-lg">
            Structures d&apos;accueil, établissements de formation et administrateurs de l&apos;ARS : connectez-vous avec votre adresse email.
          </p>
          <IdentityButtons providers={configuredProviders()} />
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

/** What a sign-on through ProConnect or Pro Santé Connect that came back here failed on (lib/core/auth/oidc/callback.ts). */
async function signOnMessage({ sso, fournisseur, portee, region }: Omit<Params, "retour" | "session">): Promise<{ title: string; text: string } | null> {
  const name = PROVIDERS.find((provider) => provider.slug === fournisseur)?.name;
  if (!name || !sso) return null;
  if (sso === "gele") {
    return {
      title: "Connexion impossible",
      text: await frozenAccountMessage(portee === "structure" ? "structure" : "account", region && /^\w{1,3}$/.test(region) ? region : null),
    };
  }
  if (sso === "indisponible") {
    return { title: `${name} ne répond pas`, text: `Réessayez dans quelques minutes, ou connectez-vous avec votre adresse email et votre mot de passe.` };
  }
  return {
    title: `La connexion avec ${name} n'a pas abouti`,
    text: `Par sécurité, la réponse de ${name} a été refusée. Réessayez ; si cela se reproduit, connectez-vous avec votre adresse email et votre mot de passe.`,
  };
}
