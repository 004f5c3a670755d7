import type { EmailTemplate } from "./define-email";
import type { EMAIL_TEMPLATES, TemplateName } from "./registry";

// Types only, read from the registry: the e2e helpers and the seed import them without loading a template.
export type { TemplateName } from "./registry";

type PropsOf<E> = E extends EmailTemplate<infer P> ? P : never;

/** The props of every email, by template name (each template file declares its own). */
export type EmailPropsByTemplate = { [T in TemplateName]: PropsOf<(typeof EMAIL_TEMPLATES)[T]> };

export type TemplateProps<T extends TemplateName> = EmailPropsByTemplate[T];
