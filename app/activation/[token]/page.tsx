import type { Metadata } from "next";
import { InvalidLink } from "@/components/auth/invalid-link";
import { ChoosePasswordForm } from "@/components/auth/choose-password-form";
import { PublicShell } from "@/components/layout/page-shell";
import { getTokenHolder } from "@/lib/passwords/service";

export const metadata: Metadata = { title: "Activer votre compte", referrer: "no-referrer", robots: { index: false } };

/** The link of « Création d'un compte utilisateur »: choose a password, accept the CGU, and you are in. */
export default async function ActivationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const holder = await getTokenHolder(token, "ACTIVATION");
  if (!holder) return <InvalidLink />;
  return (
    <PublicShell>
      <h1>Choisissez votre mot de passe</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Bonjour {holder.firstName}, votre compte a été créé. Choisissez le mot de passe qui vous servira à vous connecter, avec votre adresse email, puis
        acceptez les conditions générales d&apos;utilisation.
      </p>
      <ChoosePasswordForm token={token} mode="activation" email={holder.email} context={holder.context} />
    </PublicShell>
  );
}
