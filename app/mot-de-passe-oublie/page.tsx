import type { Metadata } from "next";
import Link from "next/link";
import { RequestLinkForm } from "@/components/auth/request-link-form";
import { PublicShell } from "@/components/layout/page-shell";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Mot de passe oublié" };

/** « Mot de passe oublié ? » (docs/produit.md#comptes-et-securite): the answer never says whether the address has an account. */
export default function ForgottenPasswordPage() {
  return (
    <PublicShell>
      <Breadcrumb items={[{ label: "Accueil", href: "/" }, { label: "Connexion", href: "/connexion" }, { label: "Mot de passe oublié" }]} />
      <div className="max-w-3xl">
        <h1>Mot de passe oublié</h1>
        <p className="text-lg">
          Indiquez votre adresse email afin que nous puissions vous envoyer un email pour réinitialiser votre mot de passe. Le lien reçu est valable 2 heures et
          ne sert qu&apos;une fois.
        </p>
        <RequestLinkForm />
        <p className="mt-8">
          <Link href="/connexion">Retour à la connexion</Link>
        </p>
      </div>
    </PublicShell>
  );
}
