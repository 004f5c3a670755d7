import type { ReactElement } from "react";

/** One email of the platform: everything the outbox, « Courriels » and the preview need to know about it. */
export type EmailTemplate<P> = {
  /** The name the admin reads in /admin/courriels. */
  label: string;
  subject: (props: P) => string;
  component: (props: P) => ReactElement;
  /**
   * Example props, the template's default ones: `npm run email:preview` and the tests render every
   * template with them. A function, so that links are built from APP_URL when rendered, not at import.
   */
  preview: () => P;
};

/** Types a template file's default export; its props type is inferred from its parts. */
export function defineEmail<P>(template: EmailTemplate<P>): EmailTemplate<P> {
  return template;
}
