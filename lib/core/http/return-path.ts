/**
 * « retour », where the login sends back to: only a path of the private spaces of this site, never
 * an open redirect (`//ailleurs.fr`, `/\ailleurs.fr`), and never a control character: a CR or LF
 * would end up in the `Location` header, which Node refuses with a bare 500 (issue 14, finding 9).
 * Anything else is treated as absent, and the account's home page is used.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!/^\/(espace|admin)(\/|$|\?)/.test(value) || value.includes("//") || /[\u0000-\u001f\u007f\\]/.test(value)) return null;
  return value;
}
