import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PublicShell } from "@/components/layout/page-shell";
import { SecondFactorCodeForm } from "@/components/second-factor/code-form";
import { LogoutButton } from "@/components/second-factor/logout-button";
import { PasskeySecondFactorButton } from "@/components/second-factor/passkey-buttons";
import { secondFactorStatus } from "@/lib/core/auth/second-factor/totp-service";
import { homeFor } from "@/lib/core/auth/permissions";
import { SECOND_FACTOR_PAGES } from "@/lib/core/auth/second-factor/step";
import { getSessionInAnyStep } from "@/lib/core/auth/session";

export const metadata: Metadata = { title: "Double authentification" };

/** The login's second step (docs/produit.md#double-authentification): reads the session in any step, requireUser would send it here again. */
export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ retour?: string | string[] }> }) {
  const session = await getSessionInAnyStep();
  if (!session) redirect("/connexion");
  if (session.step !== "verify") redirect(session.step ? SECOND_FACTOR_PAGES[session.step] : homeFor(session.user));
  const { retour } = await searchParams;
  const returnTo = typeof retour === "string" ? retour : undefined;
  const status = await secondFactorStatus(session.user.id);
  return (
    <PublicShell>
      <h1>Double authentification</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Bonjour {session.user.firstName}, votre mot de passe est le bon. Pour terminer la connexion,{" "}
        {status.totp ? "saisissez le code que votre application d'authentification affiche maintenant" : "utilisez votre clé d'accès"}.
      </p>
      {status.passkeys.length > 0 && <PasskeySecondFactorButton returnTo={returnTo} />}
      {status.totp && <SecondFactorCodeForm returnTo={returnTo} />}
      <section aria-labelledby="titre-perdu" className="mt-12 max-w-3xl">
        <h2 id="titre-perdu">Vous n&apos;avez pas votre téléphone ?</h2>
        <p>
          {status.totp && "Saisissez l'un de vos codes de secours dans le même champ : chacun sert une fois. "}
          Si vous n&apos;avez plus de moyen de vous connecter, demandez à l&apos;ARS de votre région (ou, si vous en êtes administrateur, à un autre
          administrateur de la région) de réinitialiser votre double authentification.
        </p>
        <LogoutButton />
      </section>
    </PublicShell>
  );
}
