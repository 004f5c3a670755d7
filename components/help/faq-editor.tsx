import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { FaqTheme } from "@/lib/help/queries";
import { FaqEntryActions } from "./faq-entry-actions";
import { FaqEntryDialog } from "./faq-entry-dialog";
import { themeAnchor } from "./faq-list";

/**
 * The FAQ as the région's visitors read it, editable where it is the région's own: national entries
 * (shared by every région) are shown read-only, each regional entry has its actions, moved within
 * its theme among the région's entries.
 */
export function FaqEditor({ themes, regionName, knownThemes }: { themes: FaqTheme[]; regionName: string; knownThemes: string[] }) {
  return (
    <>
      <p className="max-w-3xl">
        Les questions « Nationale » sont communes à toutes les régions et ne se modifient pas ici. Ajoutez les questions propres à la région {regionName} :
        elles s&apos;affichent après les questions nationales de leur thème pour les visiteurs de votre région.
      </p>
      <FaqEntryDialog themes={knownThemes} trigger={<Button>+ Ajouter une question</Button>} />
      {themes.map(({ theme, entries }) => {
        const regional = entries.filter((entry) => entry.regionCode !== null);
        return (
          <section key={theme} aria-labelledby={`faq-${themeAnchor(theme)}`} className="mt-8">
            <h3 id={`faq-${themeAnchor(theme)}`}>{theme}</h3>
            <ul className="m-0 list-none border-t border-grey-900 p-0">
              {entries.map((entry) => (
                <li key={entry.id} className="border-b border-grey-900 py-4">
                  <p className="m-0 font-medium">
                    {entry.regionCode ? <Badge tone="info">{regionName}</Badge> : <Badge>Nationale</Badge>} {entry.question}
                  </p>
                  <p className="mt-2 mb-3 text-sm whitespace-pre-line text-grey-200">{entry.answer}</p>
                  {entry.regionCode && (
                    <FaqEntryActions
                      entry={{ id: entry.id, theme: entry.theme, question: entry.question, answer: entry.answer }}
                      themes={knownThemes}
                      isFirst={regional[0]?.id === entry.id}
                      isLast={regional.at(-1)?.id === entry.id}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
