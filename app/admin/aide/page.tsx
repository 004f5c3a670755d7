import type { Metadata } from "next";
import Link from "next/link";
import { FaqEditor } from "@/components/help/faq-editor";
import { SupportStateBadge } from "@/components/help/support-state-badge";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { getRegion } from "@/lib/core/geo/territories";
import { listFaq, listRegionFaqThemes, listSupportRequests } from "@/lib/help/queries";
import { isSupportTopic, requesterRoleLabel, SUPPORT_TOPICS, supportTopicLabel } from "@/lib/help/schemas";
import { searchParam, type SearchParams } from "@/lib/core/http/search-params";
import { formatPhone } from "@/lib/core/validation/phone";
import { parsePage } from "@/lib/core/validation/ids";

export const metadata: Metadata = { title: "Aide et assistance" };

/** « Aide et assistance » of the région (docs/produit.md#aide-et-assistance): the support requests, then the FAQ editor. */
export default async function AdminHelpPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("help.manage");
  const regionCode = regionOf(user);
  const regionName = getRegion(regionCode)?.name ?? regionCode;
  const params = await searchParams;
  const page = parsePage(searchParam(params, "page"));
  // An unknown value lists everything, as a blank filter would: a hand-edited URL is never an error.
  const asked = searchParam(params, "concerne");
  const topic = isSupportTopic(asked) ? asked : null;
  const [requests, themes, knownThemes] = await Promise.all([
    listSupportRequests(regionCode, page, topic),
    listFaq(regionCode),
    listRegionFaqThemes(regionCode),
  ]);
  const hrefFor = (p: number) => `/admin/aide?${new URLSearchParams({ ...(topic ? { concerne: topic } : {}), page: String(p) })}`;

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
        <FilterForm action="/admin/aide" label="Filtrer les demandes d'assistance" active={topic !== null}>
          <FilterSelect
            label="Votre demande concerne"
            name="concerne"
            value={topic}
            width="w-72"
            placeholder="Tous les sujets"
            options={Object.entries(SUPPORT_TOPICS).map(([value, label]) => ({ value, label }))}
          />
        </FilterForm>
        {requests.total === 0 ? (
          <p>
            {topic
              ? `Aucune demande d'assistance sur « ${SUPPORT_TOPICS[topic]} » pour votre région.`
              : "Aucune demande d'assistance n'a encore été reçue pour votre région."}
          </p>
        ) : (
          <>
            <Table
              caption={`Demandes d'assistance (${requests.total}, dont ${requests.unhandled} à traiter) : les demandes à traiter d'abord, les plus récentes en premier`}
            >
              <thead>
                <tr>
                  <Th>Reçue le</Th>
                  <Th>Objet</Th>
                  <Th>Concerne</Th>
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
                    <Td>{supportTopicLabel(request.topic)}</Td>
                    <Td>
                      {request.name} ({requesterRoleLabel(request.requesterRole)})
                      <br />
                      <span className="text-xs break-words">{request.email}</span>
                      {request.phone && <span className="block text-xs whitespace-nowrap">{formatPhone(request.phone)}</span>}
                    </Td>
                    <Td>{request.attachmentCount}</Td>
                    <Td>
                      <SupportStateBadge handledAt={request.handledAt} />
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
            <Pagination page={page} pageCount={requests.pageCount} hrefFor={hrefFor} />
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
