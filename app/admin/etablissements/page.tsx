import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { listRegionInstitutions } from "@/lib/institutions/queries";
import { getRegion } from "@/lib/core/geo/territories";

export const metadata: Metadata = { title: "Établissements de formation" };

/** « Établissements » (docs/produit.md#disponibilites-et-calendrier, #pouvoirs-de-lars): the universities and institutes of the admin's région. */
export default async function InstitutionsPage() {
  const user = await requireUser("institutions.manage");
  const regionCode = regionOf(user);
  const institutions = await listRegionInstitutions(regionCode);
  return (
    <>
      <h1>Établissements de formation</h1>
      <p>
        Les universités et instituts de la région {getRegion(regionCode)?.name ?? regionCode} qui déclarent les périodes de disponibilité de leurs étudiants.
      </p>
      <ButtonLink href="/admin/etablissements/nouveau" className="mb-8">
        <span aria-hidden="true">+</span> Créer un établissement
      </ButtonLink>
      {institutions.length === 0 ? (
        <p>Aucun établissement pour le moment.</p>
      ) : (
        <Table caption={`Établissements (${institutions.length})`}>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Type</th>
              <th scope="col">Département</th>
              <th scope="col">Utilisateurs</th>
              <th scope="col">Périodes</th>
              <th scope="col">État</th>
            </tr>
          </thead>
          <tbody>
            {institutions.map((institution) => (
              <tr key={institution.id}>
                <td>
                  <Link href={`/admin/etablissements/${institution.id}`}>{institution.name}</Link>
                </td>
                <td>{institution.typeLabel}</td>
                <td>
                  {institution.departmentName} ({institution.departmentCode})
                </td>
                <td>{institution.userCount}</td>
                <td>{institution.periodCount}</td>
                <td>{institution.isActive ? <Badge tone="success">Actif</Badge> : <Badge tone="neutral">Désactivé</Badge>}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
