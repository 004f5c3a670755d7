import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { UserForm } from "@/components/users/user-form";
import { requireUser, structureIdOf } from "@/lib/core/auth/guards";
import { formatPhone } from "@/lib/core/validation/phone";
import { getStructureUser } from "@/lib/users/queries";

export const metadata: Metadata = { title: "Modifier un utilisateur" };

type Props = { params: Promise<{ id: string }> };

/** « Modifier » a user (guide IDF ch. 7): everything but the first and last name. ADMIN only; another structure's id is not found. */
export default async function EditUserPage({ params }: Props) {
  const user = await requireUser("users.manage");
  const { id } = await params;
  const target = await getStructureUser(structureIdOf(user), id);
  if (!target) notFound();
  const name = `${target.firstName} ${target.lastName}`;
  return (
    <>
      <Breadcrumb items={[{ label: "Activité", href: "/espace" }, { label: "Utilisateurs", href: "/espace/utilisateurs" }, { label: name }]} />
      <h1>Modifier l&apos;utilisateur {name}</h1>
      <UserForm
        user={{
          id: target.id,
          firstName: target.firstName,
          lastName: target.lastName,
          email: target.email,
          permissions: target.permissions,
          jobTitle: target.jobTitle ?? "",
          phone: target.phone ? formatPhone(target.phone) : "",
          active: target.frozenAt === null,
          isSelf: target.id === user.id,
        }}
      />
    </>
  );
}
