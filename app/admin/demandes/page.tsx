import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { SignupDecision } from "@/components/signup/signup-decision";
import { SignupRequestDetails, SignupWarnings } from "@/components/signup/signup-request-details";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { getRegion } from "@/lib/core/geo/territories";
import { countPendingSignups, listDecidedSignups, listPendingSignups } from "@/lib/signups/queries";
import { parsePage } from "@/lib/core/validation/ids";

export const metadata: Metadata = { title: "Demandes d'inscription" };

type SearchParams = Promise<{ onglet?: string; page?: string; decision?: string }>;

const DECISIONS: Record<string, string> = {
  acceptee: "Demande acceptée : la structure et son compte sont créés, et l'email d'activation est parti.",
  refusee: "Demande refusée : le motif a été envoyé au demandeur par email.",
};

/** Sign-up moderation (docs/produit.md#inscription-dun-offreur, #pouvoirs-de-lars), always within the admin's own région. */
export default async function SignupRequestsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("signups.moderate");
  const regionCode = regionOf(user);
  const params = await searchParams;
  const tab = params.onglet === "historique" ? "history" : "pending";
  const page = parsePage(params.page);
  const pendingCount = await countPendingSignups(regionCode);

  return (
    <>
      <h1>Demandes d&apos;inscription</h1>
      <p className="text-lg">Demandes de création de compte offreur — {getRegion(regionCode)?.name ?? regionCode}</p>
      {params.decision && DECISIONS[params.decision] && (
        <Alert tone="success" data-testid="decision-done">
          <p>{DECISIONS[params.decision]}</p>
        </Alert>
      )}
      <nav aria-label="Demandes d'inscription" className="mb-8 border-b border-grey-900">
        <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
          <TabLink href="/admin/demandes" current={tab === "pending"}>
            En attente ({pendingCount})
          </TabLink>
          <TabLink href="/admin/demandes?onglet=historique" current={tab === "history"}>
            Historique
          </TabLink>
        </ul>
      </nav>
      {tab === "pending" ? <PendingRequests regionCode={regionCode} /> : <History regionCode={regionCode} page={page} />}
    </>
  );
}

function TabLink({ href, current, children }: { href: string; current: boolean; children: ReactNode }) {
  return (
    <li>
      <Link
        href={href}
        aria-current={current ? "page" : undefined}
        className={cx(
          "inline-block px-4 py-3 font-medium no-underline",
          current ? "text-blue-france shadow-[inset_0_-2px_0_0_#000091]" : "text-grey-50 hover:bg-grey-975",
        )}
      >
        {children}
      </Link>
    </li>
  );
}

async function PendingRequests({ regionCode }: { regionCode: string }) {
  const requests = await listPendingSignups(regionCode);
  if (requests.length === 0) return <p>Aucune demande en attente : tout est traité.</p>;
  return (
    <>
      <p>Les demandes les plus anciennes sont en premier.</p>
      <ol className="m-0 list-none space-y-8 p-0">
        {requests.map((request) => (
          <li key={request.id}>
            <article aria-labelledby={`demande-${request.id}`} className="border border-grey-900 p-4 md:p-6">
              <h2 id={`demande-${request.id}`} className="text-xl">
                {request.data.structure.name}
              </h2>
              {request.outsideServedRegions && <OutsideServedRegions regionCode={request.data.structure.regionCode} />}
              <SignupWarnings request={request} />
              <SignupRequestDetails request={request} logoUrl={`/admin/demandes/${request.id}/logo`} />
              <div className="mt-6">
                <SignupDecision requestId={request.id} structureName={request.data.structure.name} email={request.data.admin.email} />
              </div>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}

/**
 * A request stored before communes outside the served régions were refused: no région's admin
 * owns it, so every admin sees it until one of them refuses it.
 */
function OutsideServedRegions({ regionCode }: { regionCode: string }) {
  const regionName = getRegion(regionCode)?.name;
  return (
    <div className="mb-4" data-testid="outside-served-regions">
      <Badge tone="warning">Hors région</Badge>
      <p className="mt-2">
        {regionName ? `Commune située en ${regionName}` : "Commune située"}, hors des régions que dessert la plateforme : aucune ARS n&apos;y suit cette
        demande, elle est donc montrée à tous les administrateurs. Elle ne peut pas être acceptée : refusez-la en indiquant au demandeur de s&apos;adresser à
        l&apos;ARS de sa région.
      </p>
    </div>
  );
}

async function History({ regionCode, page }: { regionCode: string; page: number }) {
  const { items, pageCount, total } = await listDecidedSignups(regionCode, page);
  if (total === 0) return <p>Aucune demande n&apos;a encore été traitée.</p>;
  return (
    <>
      <Table caption={`Demandes traitées (${total})`}>
        <thead>
          <tr>
            <Th>Structure</Th>
            <Th>Demandeur</Th>
            <Th>Reçue le</Th>
            <Th>Décision</Th>
            <Th>Par</Th>
            <Th>Le</Th>
            <Th>Motif du refus</Th>
          </tr>
        </thead>
        <tbody>
          {items.map((request) => (
            <tr key={request.id}>
              <Td>
                {request.data.structure.name}
                <br />
                <span className="text-xs">
                  {request.data.structure.postalCode} {request.data.structure.communeName}
                </span>
              </Td>
              <Td>
                {request.data.admin.firstName} {request.data.admin.lastName}
                <br />
                <span className="text-xs break-words">{request.data.admin.email}</span>
              </Td>
              <Td>{formatDateTimeFr(request.createdAt)}</Td>
              <Td>{request.status === "ACCEPTED" ? <Badge tone="success">Acceptée</Badge> : <Badge tone="error">Refusée</Badge>}</Td>
              <Td>{request.decidedByName ?? "—"}</Td>
              <Td>{request.decidedAt ? formatDateTimeFr(request.decidedAt) : "—"}</Td>
              <Td>
                <span className="whitespace-pre-line">{request.refusalReason ?? "—"}</span>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/admin/demandes?onglet=historique&page=${p}`} />
    </>
  );
}
