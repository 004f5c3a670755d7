/**
 * The single-use links that some emails carry: « Création d'un compte utilisateur » (activation) and
 * « Mot de passe oublié » (reset), and the confirmation of a ProConnect or Pro Santé Connect identity
 * (« connexion/associer »). Whoever reads such a link can choose the account's password, so
 * once a message has really left (a mail service is configured), nobody else should read it: not
 * the regional admins in « Courriels », not a database backup. With the local mailbox of the
 * embedded default nothing leaves the machine, and « Courriels » is the only way to follow them.
 */
const SECRET_LINK = /(\/(?:activation|mot-de-passe-oublie|connexion\/associer)\/)[A-Za-z0-9_-]{8,}/g;

export const HIDDEN_TOKEN = "[lien-personnel-masque]";

export function hasSecretLinks(content: string): boolean {
  return new RegExp(SECRET_LINK.source).test(content);
}

/** The same content with the token of every single-use link replaced (the rest of the address stays readable). */
export function hideSecretLinks(content: string): string {
  return content.replace(SECRET_LINK, `$1${HIDDEN_TOKEN}`);
}
