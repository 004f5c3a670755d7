import type { Metadata } from "next";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { UserForm } from "@/components/users/user-form";
import { requireUser } from "@/lib/core/auth/guards";

export const metadata: Metadata = { title: "Nouvel utilisateur" };

/** « Nouvel utilisateur » (guide IDF « Utilisateurs » 2/2). ADMIN only. */
export default async function NewUserPage() {
  await requireUser("users.manage");
  return (
    <>
      <Breadcrumb items={[{ label: "Activité", href: "/espace" }, { label: "Utilisateurs", href: "/espace/utilisateurs" }, { label: "Nouvel utilisateur" }]} />
      <h1>Nouvel utilisateur</h1>
      <p className="mb-8 max-w-3xl text-lg">
        L&apos;utilisateur reçoit un email qui l&apos;informe de la création de son compte, avec le lien de connexion. Le mot de passe que vous choisissez ici
        est temporaire et n&apos;est jamais envoyé par email : communiquez-le-lui vous-même ; il devra le changer à sa première connexion.
      </p>
      <UserForm />
    </>
  );
}
