import { render } from "@react-email/render";
import { createElement } from "react";
import type { EmailTemplate } from "./define-email";
import { EMAIL_TEMPLATES } from "./registry";
import type { TemplateName, TemplateProps } from "./types";

export type RenderedEmail = { subject: string; html: string; text: string };

/** Subject, HTML and its plain-text version, exactly as they will leave. */
export async function renderEmail<T extends TemplateName>(template: T, props: TemplateProps<T>): Promise<RenderedEmail> {
  // TypeScript cannot tie the entry picked by a generic name to that name's props; the signature
  // above does, so the entry is used untyped here.
  const definition = EMAIL_TEMPLATES[template] as unknown as EmailTemplate<object>;
  const element = createElement(definition.component, props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  const subject = definition.subject(props);
  // The subject as the document title: for screen readers, and in the « courriels » page's frame.
  const withTitle = html.replace("<head>", `<head><title>${escapeHtml(subject)}</title>`);
  // React marks the boundaries of interpolated text with empty comments: useless in an email, and
  // they would split sentences for anyone searching the HTML.
  return { subject, html: withTitle.replaceAll("<!-- -->", ""), text };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
