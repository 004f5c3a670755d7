/**
 * What a user types into a search box, searched with (I)LIKE as plain text: `%`, `_` and the
 * backslash lose their wildcard meaning. Pure, and client-safe.
 */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The pattern of « contains `value` ». */
export function containsPattern(value: string): string {
  return `%${escapeLike(value)}%`;
}
