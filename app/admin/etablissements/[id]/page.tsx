import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InstitutionForm } from "@/components/institutions/institution-form";
import { InstitutionUserForm } from "@/components/institutions/institution-user-form";
import { StatusButton } from "@/components/institutions/status-button";
import { DeleteAccountButton } from "@/components/users/delete-account-button";
import { ResetSecondFactorButton } from "@/components/second-factor/reset-button";
import { formatDateFr, formatDateTimeFr } from "@/lib/core/dates/paris";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Table } from "@/components/ui/table";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { loadInstitutionFormOptions } from "@/lib/institutions/form-data";
import { getRegionInstitution, listInstitutionUsers } from "@/lib/institutions/queries";
import { formatPhone } from "@/lib/core/validation/phone";

export const metadata: Metadata = { title: "Établissement de formation" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One institution of the région: edit, deactivate, and its users (created with an activation link). */
export default async function InstitutionPage({ params, searchParams }: Props) {
  const user = await requireUser("institutions.manage");
  const regionCode = regionOf(user);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const institution = await getRegionInstitution(regionCode, id);
  if (!institution) notFound();
  const [options, members] = await Promise.all([loadInstitutionFormOptions(regionCode, institution.typeId), listInstitutionUsers(regionCode, institution.id)]);

  return (
    <>
      <Breadcrumb items={[{ label: "Établissements", href: "/admin/etablissements" }, { label: institution.name }]} />
      <h1>{institution.name}</h1>
      {query.cree === "1" && (
        <Alert tone="success" title="Établissement créé">
          <p>Créez maintenant ses utilisateurs ci-dessous.</p>
        </Alert>
      )}
      <div className="mb-8 flex flex-wrap items-center gap-4">
        {institution.isActive ? <Badge tone="success">Actif</Badge> : <Badge tone="neutral">Désactivé</Badge>}
        <span>
          {institution.periodCount} période{institution.periodCount > 1 ? "s" : ""} déclarée{institution.periodCount > 1 ? "s" : ""}
        </span>
        <StatusButton target={{ kind: "institution", id: institution.id, name: institution.name, isActive: institution.isActive }} />
      </div>

      <section aria-labelledby="titre-informations" className="mb-12">
        <h2 id="titre-informations">Informations</h2>
        <InstitutionForm
          {...options}
          defaults={{ name: institution.name, typeId: String(institution.typeId), departmentCode: institution.departmentCode }}
          institutionId={institution.id}
        />
      </section>

      <section aria-labelledby="titre-utilisateurs" className="mb-12">
        <h2 id="titre-utilisateurs">Utilisateurs</h2>
        {members.length === 0 ? (
          <p>Aucun utilisateur pour le moment.</p>
        ) : (
          <Table caption={`Utilisateurs de l'établissement (${members.length})`} captionHidden>
            <thead>
              <tr>
                <th scope="col">Prénom</th>
                <th scope="col">Nom</th>
                <th scope="col">Email</th>
                <th scope="col">Fonction</th>
                <th scope="col">Téléphone</th>
                <th scope="col">État</th>
                <th scope="col">Créé le</th>
                <th scope="col">Dernière connexion</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <td>{member.firstName}</td>
                  <td>{member.lastName}</td>
                  <td>{member.email}</td>
                  <td>{member.jobTitle ?? "—"}</td>
                  <td>{member.phone ? formatPhone(member.phone) : "—"}</td>
                  <td>
                    {member.isFrozen ? (
                      <Badge tone="neutral">Désactivé</Badge>
                    ) : member.isPending ? (
                      <Badge tone="info">En attente d&apos;activation</Badge>
                    ) : (
                      <Badge tone="success">Actif</Badge>
                    )}
                  </td>
                  <td className="whitespace-nowrap">{formatDateFr(member.createdAt)}</td>
                  <td className="whitespace-nowrap">{member.lastLoginAt ? formatDateTimeFr(member.lastLoginAt) : "Jamais"}</td>
                  <td>
                    <div className="flex flex-wrap items-start gap-2">
                      <StatusButton target={{ kind: "user", id: member.id, name: `${member.firstName} ${member.lastName}`, isActive: !member.isFrozen }} />
                      <DeleteAccountButton userId={member.id} userName={`${member.firstName} ${member.lastName}`} scope="institution" />
                      {member.hasSecondFactor && <ResetSecondFactorButton userId={member.id} name={`${member.firstName} ${member.lastName}`} />}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {institution.isActive && (
          <>
            <h3 className="mt-8">Nouvel utilisateur</h3>
            <InstitutionUserForm institutionId={institution.id} />
          </>
        )}
      </section>
    </>
  );
}
