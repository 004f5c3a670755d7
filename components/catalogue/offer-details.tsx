import type { OfferSheet, SheetField, SheetSection } from "@/lib/offers/sheet/offer-sheet";
import { MonthlyGrid, WeeklyGrid } from "./weekly-grid";

function FieldValue({ field }: { field: SheetField }) {
  if (field.href) return <a href={field.href}>{field.value}</a>;
  return <span className={field.multiline ? "whitespace-pre-line" : undefined}>{field.value}</span>;
}

function Section({ section }: { section: SheetSection }) {
  const headingId = `section-${section.id}`;
  return (
    <section aria-labelledby={headingId} className="mb-10">
      <h2 id={headingId} className="text-2xl md:text-3xl">
        {section.title}
      </h2>
      <dl className="m-0 grid grid-cols-1 gap-x-6 sm:grid-cols-[14rem_minmax(0,1fr)]">
        {section.fields.map((field) => (
          <div key={field.label} className="contents">
            <dt className="pt-3 font-bold text-grey-50 sm:border-b sm:border-grey-900 sm:pb-3">{field.label}</dt>
            <dd className="m-0 border-b border-grey-900 pt-1 pb-3 break-words sm:pt-3">
              <FieldValue field={field} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Every public section of the offer, in the order of its wizard, with the weekly grid after « Modalités ». */
export function OfferDetails({ sheet }: { sheet: OfferSheet }) {
  const grid = sheet.hasWeeklySlots ? (
    <section aria-labelledby="section-plage" className="mb-10">
      <h2 id="section-plage" className="text-2xl md:text-3xl">
        Plage d&apos;accueil
      </h2>
      {sheet.monthlyGrid ? (
        <>
          <p className="text-sm text-grey-425">
            La plage d&apos;accueil change selon le mois : les demi-journées où la structure accueille les étudiants, mois par mois.
          </p>
          <MonthlyGrid rows={sheet.monthlyGrid} caption="Demi-journées d'accueil, mois par mois" />
        </>
      ) : (
        <>
          <p className="text-sm text-grey-425">Les demi-journées de la semaine où la structure accueille les étudiants.</p>
          <WeeklyGrid rows={sheet.weeklyGrid} caption="Demi-journées d'accueil, du lundi au dimanche" />
        </>
      )}
    </section>
  ) : null;
  return (
    <>
      {sheet.sections.map((section) => (
        <div key={section.id}>
          <Section section={section} />
          {section.id === "modalites" && grid}
        </div>
      ))}
      {!sheet.sections.some((s) => s.id === "modalites") && grid}
    </>
  );
}
