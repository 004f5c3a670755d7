/**
 * A URL- and file-name-safe slug of an offer name: « Prévention de l'obésité chez l'enfant » →
 * « prevention-de-l-obesite-chez-l-enfant ». ASCII only, so the PDF's name survives every mail
 * client and file system; cut on a word boundary.
 */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, "");
}

/** A file name made of the offer number and name (docs/produit.md#ce-que-voit-le-public), e.g. `offre-1042-atelier-sommeil.pdf`. */
export function offerPdfFilename(offerId: number, name: string): string {
  const slug = slugify(name);
  return slug ? `offre-${offerId}-${slug}.pdf` : `offre-${offerId}.pdf`;
}
