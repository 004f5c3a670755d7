/**
 * The first absolute link of an email (plain text or HTML) whose path starts with `pathPrefix`,
 * e.g. extractLink(email.text, "/activation/"). Throws when there is none, with the text, to debug.
 */
export function extractLink(text: string, pathPrefix: string): string {
  for (const match of text.matchAll(/https?:\/\/[^\s"'<>\]\[)]+/g)) {
    const candidate = match[0].replace(/&amp;/g, "&").replace(/[.,;:!?]+$/, "");
    try {
      if (new URL(candidate).pathname.startsWith(pathPrefix)) return candidate;
    } catch {
      // Not a URL after all: keep looking.
    }
  }
  throw new Error(`Aucun lien commençant par ${pathPrefix} dans :\n${text}`);
}
