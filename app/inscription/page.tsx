import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PublicShell } from "@/components/layout/page-shell";
import { SignupWizard } from "@/components/signup/signup-wizard";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { listOffererTypes } from "@/lib/signups/queries";

export const metadata: Metadata = { title: "Créer un compte offreur" };

/** The public sign-up wizard (docs/produit.md#inscription-dun-offreur), reachable from the home page and the login page. */
export default async function SignupPage() {
  // The list of types is editable by the admins: read at request time, never at build time.
  await connection();
  const offererTypes = await listOffererTypes();
  return (
    <PublicShell>
      <Breadcrumb items={[{ label: "Accueil", href: "/" }, { label: "Créer un compte offreur" }]} />
      <h1>Demande de création d&apos;un compte offreur</h1>
      <div className="mb-8 max-w-3xl">
        <p className="text-lg">
          Écoles, associations, centres de santé, collectivités : vous créez ici le compte « Administrateur » de votre structure, en deux étapes : la
          description de votre structure, puis votre compte. L&apos;agence régionale de santé (ARS) de votre région valide la demande, puis vous recevez un
          email pour choisir votre mot de passe.
        </p>
        <p className="text-sm">
          Vous avez déjà un compte ? <Link href="/connexion">Connectez-vous</Link>.
        </p>
      </div>
      <SignupWizard offererTypes={offererTypes} />
    </PublicShell>
  );
}
