import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { TotpEnrolment } from "@/components/second-factor/totp-enrolment";
import { requireUser } from "@/lib/core/auth/guards";
import { totpEnrolmentView } from "@/lib/core/auth/second-factor/enrolment-view";
import { secondFactorStatus } from "@/lib/core/auth/second-factor/totp-service";

export const metadata: Metadata = { title: "Activer la double authentification" };

/** « Mon profil » › « Activer la double authentification » (docs/produit.md#double-authentification). */
export default async function ProfileEnrolmentPage() {
  const user = await requireUser("profile.edit");
  if ((await secondFactorStatus(user.id)).totp) redirect("/espace/profil");
  return (
    <>
      <h1>Activer la double authentification</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Après le mot de passe, votre application d&apos;authentification vous donnera un code à 6 chiffres à chaque connexion.
      </p>
      <TotpEnrolment {...await totpEnrolmentView(user)} next="/espace/profil" />
    </>
  );
}
