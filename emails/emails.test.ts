import { describe, expect, it } from "vitest";
import { appUrl } from "@/lib/core/env";
import { EMAIL_TEMPLATES, TEMPLATE_NAMES, type TemplateName } from "./index";
import { renderEmail } from "./render";

const EXPECTED_NAMES = [
  "signup-received",
  "signup-to-review",
  "account-activation",
  "signup-refused",
  "user-created",
  "offer-to-validate",
  "offer-validated",
  "offer-sent-back",
  "publication-ending",
  "password-reset",
  "identity-link",
  "validator-digest",
  "admin-signup-digest",
  "institution-user-created",
  "structure-frozen",
  "structure-unfrozen",
  "support-request",
  "support-request-received",
  "support-reply",
  "email-changed",
  "email-changed-notice",
  "region-offer-to-validate",
  "second-factor-reset",
  "admin-offer-digest",
  "offer-unpublished",
  "offer-correction-requested",
  "signup-address-in-use",
];

/** The links each template must carry (props holding an URL). */
function linksOf(props: object): string[] {
  return Object.entries(props)
    .filter(([key, value]) => key.endsWith("Url") && typeof value === "string")
    .map(([, value]) => value as string);
}

describe("email templates", () => {
  it("has exactly the names other modules rely on", () => {
    expect([...TEMPLATE_NAMES].sort()).toEqual([...EXPECTED_NAMES].sort());
  });

  it.each(TEMPLATE_NAMES)("%s renders a subject, HTML with its link, and plain text", async (name: TemplateName) => {
    const props = EMAIL_TEMPLATES[name].preview();
    const email = await renderEmail(name, props as never);
    expect(email.subject.length).toBeGreaterThan(5);
    expect(email.html).toContain('lang="fr"');
    expect(email.html).toContain(`<title>${email.subject.replace(/'/g, "&#39;")}</title>`);
    expect(email.html).toContain("République");
    expect(email.html).toContain("Ce message vous est envoyé automatiquement par la plateforme du Service sanitaire des étudiants en santé");
    expect(email.text.trim().length).toBeGreaterThan(50);
    expect(email.text).toContain("Bonjour");
    for (const link of linksOf(props)) {
      expect(link.startsWith(appUrl("/"))).toBe(true);
      expect(email.html).toContain(`href="${link}"`);
      expect(email.text).toContain(link);
    }
  });

  it("no template takes a password, and none mentions one being sent", async () => {
    for (const name of TEMPLATE_NAMES) {
      const props = EMAIL_TEMPLATES[name].preview();
      expect(
        Object.keys(props).some((key) => /pass|pwd|secret/i.test(key)),
        name,
      ).toBe(false);
    }
  });

  it("uses the guides' subjects for the two model emails", () => {
    expect(EMAIL_TEMPLATES["signup-received"].subject(EMAIL_TEMPLATES["signup-received"].preview())).toBe(
      "Service sanitaire Île-de-France / Compte offreur en cours de validation",
    );
    expect(EMAIL_TEMPLATES["account-activation"].subject(EMAIL_TEMPLATES["account-activation"].preview())).toBe("Création d'un compte utilisateur");
  });

  it("gives the région's ARS address in « Compte offreur en cours de validation », or the support form while it has none", async () => {
    const props = EMAIL_TEMPLATES["signup-received"].preview();
    const withAddress = await renderEmail("signup-received", { ...props, regionName: "Grand Est", contactEmail: "ars-ge@demo.sses.fr" });
    expect(withAddress.subject).toBe("Service sanitaire Grand Est / Compte offreur en cours de validation");
    expect(withAddress.html).toContain('href="mailto:ars-ge@demo.sses.fr"');
    expect(withAddress.text).toContain("agence régionale de santé (ARS) Grand Est, à l'adresse suivante : ars-ge@demo.sses.fr");
    expect(withAddress.text).toContain(props.supportUrl);

    const without = await renderEmail("signup-received", { ...props, regionName: "Grand Est", contactEmail: null });
    expect(without.html).not.toContain("mailto:");
    expect(without.text).toContain("agence régionale de santé (ARS) Grand Est");
    expect(without.text).toContain("(ARS) Grand Est, par le « Formulaire d'assistance »");
    expect(without.text).toContain(props.supportUrl);
  });

  it("escapes what users typed", async () => {
    const email = await renderEmail("signup-refused", { firstName: "<b>Camille</b>", structureName: "Fleur", reason: "<script>alert(1)</script>" });
    expect(email.html).not.toContain("<script>alert(1)</script>");
    expect(email.html).toContain("&lt;script&gt;");
  });

  it("shows dates in French", async () => {
    const email = await renderEmail("publication-ending", { ...EMAIL_TEMPLATES["publication-ending"].preview(), endDate: "2026-05-01" });
    expect(email.subject).toContain("1er mai 2026");
    expect(email.text).toContain("1er mai 2026");
  });
});
