import Bowser from "bowser";

/** Bowser's names where French says it otherwise. */
const FRENCH_NAMES: Record<string, string> = { "Microsoft Edge": "Edge", "Android Browser": "Navigateur Android" };

/**
 * The device of a session in plain French, for « Mon profil » (« Chrome sur Windows », « Safari sur
 * iOS »): the raw user agent is not kept. Unknown parts fall back to « Navigateur inconnu ».
 */
export function describeDevice(userAgent: string | null | undefined): string {
  if (!userAgent) return "Navigateur inconnu";
  const parser = Bowser.getParser(userAgent.slice(0, 512));
  const browser = parser.getBrowserName();
  const system = parser.getOSName();
  const browserName = browser ? (FRENCH_NAMES[browser] ?? browser) : "Navigateur inconnu";
  return system ? `${browserName} sur ${system}` : browserName;
}
