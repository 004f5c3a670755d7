import type { FaqTheme } from "@/lib/help/queries";

/** Slug of a theme for its heading's id (« Compte et connexion » → « compte-et-connexion »). */
export function themeAnchor(theme: string): string {
  return (
    theme
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "theme"
  );
}

/**
 * The FAQ by theme (guide SAS: « organisée en thématiques »): one heading per theme, each question a
 * native disclosure (<details>), which keyboards and screen readers handle without any script.
 */
export function FaqList({ themes, regionName }: { themes: FaqTheme[]; regionName?: string }) {
  if (themes.length === 0) return <p>Aucune question n&apos;est encore publiée.</p>;
  return (
    <>
      <nav aria-label="Thèmes de la foire aux questions" className="mb-8">
        <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
          {themes.map(({ theme }) => (
            <li key={theme}>
              <a href={`#${themeAnchor(theme)}`}>{theme}</a>
            </li>
          ))}
        </ul>
      </nav>
      {themes.map(({ theme, entries }) => (
        <section key={theme} aria-labelledby={themeAnchor(theme)} className="mb-10">
          <h2 id={themeAnchor(theme)}>{theme}</h2>
          <div className="border-t border-grey-900">
            {entries.map((entry) => (
              <details key={entry.id} className="group border-b border-grey-900">
                <summary className="cursor-pointer px-2 py-4 font-medium text-blue-france hover:bg-grey-975">
                  {entry.question}
                  {entry.regionCode && regionName && <span className="ml-2 text-sm font-normal text-grey-425">({regionName})</span>}
                </summary>
                <div className="px-2 pb-4 whitespace-pre-line">{entry.answer}</div>
              </details>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
