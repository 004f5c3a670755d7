/**
 * « Valider la modification », in the structure's space and in the ARS's: the same button, the same
 * words (docs/produit.md#qui-valide); each page passes its own action.
 */
export const VALIDATE_REVISION = {
  label: "Valider la modification",
  variant: "primary",
  size: "md",
  title: "Valider la modification ?",
  description: "La nouvelle version remplace aussitôt la version publiée.",
  confirmLabel: "Valider",
} as const;
