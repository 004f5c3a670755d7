/**
 * A cohort is one discipline's promotion: its year and group (« DFGSM3 – groupe A »), as typed in
 * « Promotion / année ». Two periods of the same cohort that overlap are most often one period
 * declared twice; different groups going out at once are normal (docs/produit.md#disponibilites-et-calendrier).
 * The key ignores case, accents, punctuation and the « (copie) » that « Dupliquer » adds: a copy
 * stays the same cohort until it is renamed.
 */
export function cohortKey(promotion: string | null): string {
  return (promotion ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\(copie\)/g, "")
    .replace(/^copie$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function sameCohort(a: { disciplineId: number; promotion: string | null }, b: { disciplineId: number; promotion: string | null }): boolean {
  return a.disciplineId === b.disciplineId && cohortKey(a.promotion) === cohortKey(b.promotion);
}
