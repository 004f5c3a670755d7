export { EMAIL_TEMPLATES, TEMPLATE_NAMES } from "./registry";
export type { EmailTemplate } from "./define-email";
export type { EmailPropsByTemplate, TemplateName, TemplateProps } from "./types";
