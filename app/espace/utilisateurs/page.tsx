import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { DeleteAccountButton } from "@/components/users/delete-account-button";
import { FreezeUserButton } from "@/components/users/freeze-user-button";
import { PermissionList } from "@/components/users/permission-list";
import { UserFiltersForm } from "@/components/users/user-filters";
import { requireUser, structureIdOf } from "@/lib/core/auth/guards";
import { formatDateFr, formatDateTimeFr } from "@/lib/core/dates/paris";
import { listStructureUsers, parseUserFilters, type UserFilters } from "@/lib/users/queries";
import { USER_STATE_LABELS, USER_STATE_SLUGS, type UserState } from "@/lib/users/states";

export const metadata: Metadata = { title: "Utilisateurs" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATE_TONES: Record<UserState, BadgeTone> = { ACTIVE: "success", INACTIVE: "warning", FROZEN: "neutral" };

function hrefFor(filters: UserFilters, page: number): string {
  const query = new URLSearchParams();
  if (filters.name) query.set("nom", filters.name);
  if (filters.permission) query.set("permission", filters.permission);
  if (filters.state) query.set("etat", USER_STATE_SLUGS[filters.state]);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/espace/utilisateurs?${search}` : "/espace/utilisateurs";
}

/** « Utilisateurs » (docs/produit.md#espace-offreur, guide IDF): the structure's accounts, their permissions and state. ADMIN only. */
export default async function UsersPage({ searchParams }: Props) {
  const user = await requireUser("users.manage");
  const params = await searchParams;
  const filters = parseUserFilters(params);
  const { rows, total, pageCount } = await listStructureUsers(structureIdOf(user), filters);
  const filtered = Boolean(filters.name || filters.permission || filters.state);

  return (
    <>
      <Breadcrumb items={[{ label: "Activité", href: "/espace" }, { label: "Utilisateurs" }]} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1>Utilisateurs</h1>
        <ButtonLink href="/espace/utilisateurs/nouveau">
          <span aria-hidden="true">+</span> Créer<span className="sr-only"> un utilisateur</span>
        </ButtonLink>
      </div>
      {params.enregistre === "1" && (
        <Alert tone="success" title="Enregistré avec succès" data-testid="user-created">
          <p>L&apos;utilisateur a reçu un email l&apos;informant de la création de son compte. Communiquez-lui vous-même son mot de passe temporaire.</p>
        </Alert>
      )}
      <p className="max-w-3xl text-lg">
        Dans cette rubrique vous créez les comptes dont votre structure a besoin : gestionnaires qui rédigent les offres, valideurs qui les publient. Les
        permissions se cumulent. Un compte « Inactif » ne s&apos;est pas connecté depuis plus de 15 mois ; un compte « Gelé » ne peut plus se connecter.
      </p>
      <UserFiltersForm filters={filters} />
      {rows.length === 0 ? (
        <p>{filtered ? "Aucun utilisateur ne correspond à ces filtres." : "Aucun utilisateur."}</p>
      ) : (
        <Table caption={`${total} utilisateur${total > 1 ? "s" : ""}`}>
          <thead>
            <tr>
              <Th>Prénom</Th>
              <Th>Nom</Th>
              <Th>Email</Th>
              <Th>Raison sociale offreur</Th>
              <Th>Permissions</Th>
              <Th>État</Th>
              <Th>Créé le</Th>
              <Th>Dernière connexion</Th>
              <Th>Actions</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = `${row.firstName} ${row.lastName}`;
              return (
                <tr key={row.id}>
                  <Td>{row.firstName}</Td>
                  <Td>{row.lastName}</Td>
                  <Td className="break-words">{row.email}</Td>
                  <Td>{row.structureName}</Td>
                  <Td>
                    <PermissionList permissions={row.permissions} />
                  </Td>
                  <Td>
                    <Badge tone={STATE_TONES[row.state]} size="sm">
                      {USER_STATE_LABELS[row.state]}
                    </Badge>
                  </Td>
                  <Td className="whitespace-nowrap">{formatDateFr(row.createdAt)}</Td>
                  <Td className="whitespace-nowrap">{row.lastLoginAt ? formatDateTimeFr(row.lastLoginAt) : "Jamais"}</Td>
                  <Td>
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={`/espace/utilisateurs/${row.id}`}>
                        Modifier<span className="sr-only"> {name}</span>
                      </Link>
                      {row.id !== user.id && <FreezeUserButton userId={row.id} userName={name} frozen={row.state === "FROZEN"} />}
                      {row.id !== user.id && <DeleteAccountButton userId={row.id} userName={name} scope="structure" />}
                    </div>
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <Pagination page={filters.page} pageCount={pageCount} hrefFor={(page) => hrefFor(filters, page)} />
    </>
  );
}
