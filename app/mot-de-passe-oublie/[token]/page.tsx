import type { Metadata } from "next";
import { InvalidLink } from "@/components/auth/invalid-link";
import { ChoosePasswordForm } from "@/components/auth/choose-password-form";
import { PublicShell } from "@/components/layout/page-shell";
import { getTokenHolder } from "@/lib/passwords/service";

export const metadata: Metadata = { title: "Nouveau mot de passe", referrer: "no-referrer", robots: { index: false } };

/** The link of the « password-reset » email (2 h, single use): the new password ends the other sessions. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const holder = await getTokenHolder(token, "PASSWORD_RESET");
  if (!holder) return <InvalidLink />;
  return (
    <PublicShell>
      <h1>Choisissez un nouveau mot de passe</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Bonjour {holder.firstName}, choisissez votre nouveau mot de passe. Vous serez ensuite connecté, et vos autres sessions ouvertes (sur un autre
        ordinateur, par exemple) seront fermées.
      </p>
      <ChoosePasswordForm token={token} mode="reset" email={holder.email} context={holder.context} />
    </PublicShell>
  );
}
