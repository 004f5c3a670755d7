import type { OfferSheet } from "./offer-sheet";

export type SheetChange = { section: string; label: string; published: string | null; proposed: string | null };

/**
 * What a modification changes, field by field, in the words of the offer's sheet (issue 16): the
 * published value against the proposed one, for every field that differs, including one added or
 * emptied. Pure: both sheets come from the same builder, so the labels match.
 */
export function sheetChanges(published: OfferSheet, proposed: OfferSheet): SheetChange[] {
  const changes: SheetChange[] = [];
  if (published.title !== proposed.title)
    changes.push({ section: "Présentation de l'offre", label: "Nom de l'offre", published: published.title, proposed: proposed.title });
  const before = new Map(published.sections.map((section) => [section.id, section]));
  const after = new Map(proposed.sections.map((section) => [section.id, section]));
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const old = before.get(id);
    const next = after.get(id);
    const title = (next ?? old)!.title;
    const oldValues = new Map(old?.fields.map((field) => [field.label, field.value]));
    const newValues = new Map(next?.fields.map((field) => [field.label, field.value]));
    for (const label of new Set([...oldValues.keys(), ...newValues.keys()])) {
      const a = oldValues.get(label) ?? null;
      const b = newValues.get(label) ?? null;
      if (a !== b) changes.push({ section: title, label, published: a, proposed: b });
    }
  }
  const grid = (sheet: OfferSheet) => (sheet.hasWeeklySlots ? JSON.stringify([sheet.weeklyGrid, sheet.monthlyGrid]) : "");
  if (grid(published) !== grid(proposed))
    changes.push({
      section: "Modalités",
      label: "Plage d'accueil",
      published: "grille publiée",
      proposed: "grille modifiée (voir « Plage d'accueil » ci-dessous)",
    });
  const files = (sheet: OfferSheet) => sheet.attachments.map((file) => file.name).join(", ") || null;
  if (files(published) !== files(proposed))
    changes.push({ section: "Documents utiles", label: "Documents utiles", published: files(published), proposed: files(proposed) });
  return changes;
}
