import type { Metadata } from "next";
import Link from "next/link";
import { OutboxFiltersForm } from "@/components/outbox/outbox-filters";
import { OutboxStatusBadge } from "@/components/outbox/outbox-status-badge";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { env } from "@/lib/core/env";
import { getRegion } from "@/lib/core/geo/territories";
import { templateLabel } from "@/lib/core/outbox/labels";
import { listRegionEmails, parseOutboxFilters, type OutboxFilters } from "@/lib/core/outbox/queries";

export const metadata: Metadata = { title: "Courriels" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function hrefFor(filters: OutboxFilters, page: number): string {
  const query = new URLSearchParams();
  if (filters.status) query.set("etat", filters.status);
  if (filters.recipient) query.set("destinataire", filters.recipient);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/admin/courriels?${search}` : "/admin/courriels";
}

/** The région's outgoing mail (issue 4): what left, what waits, what failed, and why. */
export default async function OutboxPage({ searchParams }: Props) {
  const user = await requireUser("outbox.view");
  const regionCode = regionOf(user);
  const filters = parseOutboxFilters(await searchParams);
  const { rows, total, pageCount } = await listRegionEmails(regionCode, filters);
  const viaProvider = Boolean(env().RESEND_API_KEY);

  return (
    <>
      <Breadcrumb items={[{ label: "Administration régionale", href: "/admin" }, { label: "Courriels" }]} />
      <h1>Courriels</h1>
      <p className="text-lg">
        Les courriels envoyés par la plateforme aux utilisateurs de la région {getRegion(regionCode)?.name ?? regionCode}, du plus récent au plus ancien.
      </p>
      <Alert tone="info" size="sm" role="none" className="mb-8">
        {viaProvider
          ? "Les courriels sont remis par le service d'envoi configuré. En cas d'échec, la plateforme réessaie plusieurs fois, à intervalles croissants."
          : "Aucun service d'envoi n'est configuré : les courriels restent sur la plateforme et se lisent ici, en ouvrant chaque message."}
      </Alert>
      <OutboxFiltersForm filters={filters} />
      {rows.length === 0 ? (
        <p>{filters.status || filters.recipient ? "Aucun courriel ne correspond à ces filtres." : "Aucun courriel pour le moment."}</p>
      ) : (
        <Table caption={`${total} courriel${total > 1 ? "s" : ""}`}>
          <thead>
            <tr>
              <Th>Destinataire</Th>
              <Th>Objet</Th>
              <Th>Modèle</Th>
              <Th>État</Th>
              <Th>Tentatives</Th>
              <Th>Dernière erreur</Th>
              <Th>Créé le</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <Td className="break-words">{row.toEmail}</Td>
                <Td>
                  <Link href={`/admin/courriels/${row.id}`}>{row.subject}</Link>
                </Td>
                <Td>{templateLabel(row.template)}</Td>
                <Td>
                  <OutboxStatusBadge status={row.status} />
                </Td>
                <Td>{row.attempts}</Td>
                <Td className="max-w-xs break-words">{row.lastError ? truncate(row.lastError, 120) : "—"}</Td>
                <Td className="whitespace-nowrap">{formatDateTimeFr(row.createdAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={filters.page} pageCount={pageCount} hrefFor={(page) => hrefFor(filters, page)} />
    </>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
