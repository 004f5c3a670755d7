import type { Metadata } from "next";
import Link from "next/link";
import { FaqEditor } from "@/components/help/faq-editor";
import { SupportStateBadge } from "@/components/help/support-state-badge";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { getRegion } from "@/lib/core/geo/territories";
import { listFaq, listRegionFaqThemes, listSupportRequests } from "@/lib/help/queries";
import { requesterRoleLabel } from "@/lib/help/schemas";
import { parsePage } from "@/lib/core/validation/ids";

export const metadata: Metadata = { title: "Aide et assistance" };

type SearchParams = Promise<{ page?: string }>;

/** « Aide et assistance » of the région (docs/produit.md#aide-et-assistance): the support requests, then the FAQ editor. */
export default async function AdminHelpPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("help.manage");
  const regionCode = regionOf(user);
  const regionName = getRegion(regionCode)?.name ?? regionCode;
  const page = parsePage((await searchParams).page);
  const [requests, themes, knownThemes] = await Promise.all([listSupportRequests(regionCode, page), listFaq(regionCode), listRegionFaqThemes(regionCode)]);

  return (
    <>
      <h1>Aide et assistance</h1>
      <p className="text-lg">{regionName}</p>
      <nav aria-label="Sections de la page" className="mb-8">
        <ul className="m-0 flex list-none flex-wrap gap-x-6 p-0">
          <li>
            <a href="#demandes">Demandes d&apos;assistance ({requests.unhandled} à traiter)</a>
          </li>
          <li>
            <a href="#faq">Foire aux questions</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="demandes" className="mb-12">
        <h2 id="demandes">Demandes d&apos;assistance</h2>
        {requests.total === 0 ? (
          <p>Aucune demande d&apos;assistance n&apos;a encore été reçue pour votre région.</p>
        ) : (
          <>
            <Table
              caption={`Demandes d'assistance (${requests.total}, dont ${requests.unhandled} à traiter) : les demandes à traiter d'abord, les plus récentes en premier`}
            >
              <thead>
                <tr>
                  <Th>Reçue le</Th>
                  <Th>Objet</Th>
                  <Th>Demandeur</Th>
                  <Th>Pièces jointes</Th>
                  <Th>État</Th>
                </tr>
              </thead>
              <tbody>
                {requests.items.map((request) => (
                  <tr key={request.id}>
                    <Td>{formatDateTimeFr(request.createdAt)}</Td>
                    <Td>
                      <Link href={`/admin/aide/demandes/${request.id}`}>{request.subject}</Link>
                    </Td>
                    <Td>
                      {request.name} ({requesterRoleLabel(request.requesterRole)})
                      <br />
                      <span className="text-xs break-words">{request.email}</span>
                    </Td>
                    <Td>{request.attachmentCount}</Td>
                    <Td>
                      <SupportStateBadge handledAt={request.handledAt} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={page} pageCount={requests.pageCount} hrefFor={(p) => `/admin/aide?page=${p}`} />
          </>
        )}
      </section>

      <section aria-labelledby="faq">
        <h2 id="faq">Foire aux questions</h2>
        <FaqEditor themes={themes} regionName={regionName} knownThemes={knownThemes} />
      </section>
    </>
  );
}
