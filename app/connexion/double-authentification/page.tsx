import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PublicShell } from "@/components/layout/page-shell";
import { LogoutButton } from "@/components/second-factor/logout-button";
import { TotpEnrolment } from "@/components/second-factor/totp-enrolment";
import { homeFor } from "@/lib/core/auth/permissions";
import { safeReturnPath } from "@/lib/core/http/return-path";
import { totpEnrolmentView } from "@/lib/core/auth/second-factor/enrolment-view";
import { SECOND_FACTOR_PAGES } from "@/lib/core/auth/second-factor/step";
import { getSessionInAnyStep } from "@/lib/core/auth/session";

export const metadata: Metadata = { title: "Activer la double authentification" };

/**
 * A regional admin's first login without a second factor (docs/produit.md#double-authentification):
 * the enrolment cannot be skipped, nothing else opens until it is done.
 */
export default async function MandatoryEnrolmentPage({ searchParams }: { searchParams: Promise<{ retour?: string | string[] }> }) {
  const session = await getSessionInAnyStep();
  if (!session) redirect("/connexion");
  if (session.step !== "enrol") redirect(session.step ? SECOND_FACTOR_PAGES[session.step] : homeFor(session.user));
  const { retour } = await searchParams;
  const next = safeReturnPath(retour) ?? homeFor(session.user);
  return (
    <PublicShell>
      <h1>Activer la double authentification</h1>
      <p className="mb-8 max-w-3xl text-lg">
        Bonjour {session.user.firstName}, les comptes des administrateurs de l&apos;ARS sont protégés par un second facteur : en plus du mot de passe, un code à
        6 chiffres donné par une application sur votre téléphone. Cette étape est obligatoire et ne prend qu&apos;une minute.
      </p>
      <TotpEnrolment {...await totpEnrolmentView(session.user)} next={next} />
      <div className="mt-12">
        <LogoutButton />
      </div>
    </PublicShell>
  );
}
