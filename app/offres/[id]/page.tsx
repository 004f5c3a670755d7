import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttachmentList } from "@/components/catalogue/attachment-list";
import { OfferDetails } from "@/components/catalogue/offer-details";
import { PublicShell } from "@/components/layout/page-shell";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { ButtonGroup, buttonClasses } from "@/components/ui/button";
import { Tag, TagList } from "@/components/ui/tag";
import { getCachedPublicOffer } from "@/lib/offers/catalogue/cached-queries";
import { buildOfferSheet } from "@/lib/offers/sheet/offer-sheet";
import { today } from "@/lib/core/dates/clock";
import { appUrl } from "@/lib/core/env";
import { parseOfferNumber } from "@/lib/core/validation/ids";

type Props = { params: Promise<{ id: string }> };

async function loadSheet(params: Props["params"]) {
  const id = parseOfferNumber((await params).id);
  const offer = id ? await getCachedPublicOffer(id, today()) : null;
  return offer ? buildOfferSheet(offer) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const sheet = await loadSheet(params);
  if (!sheet) return { title: "Page non trouvée" };
  const url = `/offres/${sheet.offerId}`;
  return {
    title: sheet.title,
    description: sheet.summary,
    metadataBase: new URL(appUrl("/")),
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      locale: "fr_FR",
      siteName: "Service sanitaire des étudiants en santé",
      title: sheet.title,
      description: sheet.summary,
      url,
      images: sheet.structure.logoFileId ? [{ url: `/fichiers/${sheet.structure.logoFileId}`, alt: `Logo de ${sheet.structure.name}` }] : undefined,
    },
  };
}

export default async function OfferPage({ params }: Props) {
  const sheet = await loadSheet(params);
  if (!sheet) notFound();
  const mailSubject = encodeURIComponent(`Candidature : ${sheet.title} (offre n° ${sheet.number})`);

  return (
    <PublicShell>
      <Breadcrumb items={[{ label: "Accueil", href: "/" }, { label: "Offres de prévention", href: "/offres" }, { label: sheet.title }]} />
      <div className="grid grid-cols-1 gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <article aria-labelledby="offre-titre">
          {sheet.themes.length > 0 && (
            <TagList label="Thématiques" className="mb-4">
              {sheet.themes.map((theme) => (
                <Tag key={theme} size="sm">
                  {theme}
                </Tag>
              ))}
            </TagList>
          )}
          <h1 id="offre-titre">{sheet.title}</h1>
          <p className="text-xl">
            {sheet.structure.name}
            <br />
            <span className="text-base text-grey-425">{sheet.location}</span>
          </p>
          <p className="text-sm text-grey-425">
            Offre n° {sheet.number} · {sheet.publication.label}
          </p>

          <ButtonGroup className="mt-6 mb-10">
            {sheet.applicationEmail && (
              <a href={`mailto:${sheet.applicationEmail}?subject=${mailSubject}`} className={buttonClasses()}>
                Candidater par email
              </a>
            )}
            <a href={`/offres/${sheet.offerId}/pdf`} download={sheet.fileName} className={buttonClasses({ variant: "secondary" })}>
              Télécharger la fiche PDF
              <span className="text-sm font-normal">(PDF, format A4)</span>
            </a>
          </ButtonGroup>

          <OfferDetails sheet={sheet} />

          <AttachmentList files={sheet.attachments} hrefFor={(file) => `/fichiers/${file.fileId}`} />
        </article>

        <aside aria-labelledby="offreur-titre" className="self-start border border-grey-900 p-6">
          {sheet.structure.logoFileId && (
            // A plain <img>: the logo is served by our own route, at its stored size (1 MB at most).
            // eslint-disable-next-line @next/next/no-img-element
            <img src={`/fichiers/${sheet.structure.logoFileId}`} alt="" className="mb-4 max-h-24 max-w-full object-contain" />
          )}
          <h2 id="offreur-titre" className="text-xl md:text-2xl">
            L&apos;offreur
          </h2>
          <p className="font-bold text-grey-50">{sheet.structure.name}</p>
          <p className="text-sm whitespace-pre-line">{sheet.structure.description}</p>
          {sheet.applicationEmail && (
            <>
              <h2 className="mt-6 text-xl md:text-2xl">Comment candidater</h2>
              <p className="text-sm">
                Envoyez votre candidature par email à <a href={`mailto:${sheet.applicationEmail}?subject=${mailSubject}`}>{sheet.applicationEmail}</a>, en
                joignant les documents demandés.
              </p>
            </>
          )}
        </aside>
      </div>
    </PublicShell>
  );
}
