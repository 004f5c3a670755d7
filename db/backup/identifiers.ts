/** An SQL identifier in double quotes, for the statements the backup builds from the catalog's names. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A table of the public schema. */
export function quoteTable(name: string): string {
  return `public.${quoteIdentifier(name)}`;
}
