import { describe, expect, it } from "vitest";
import { renderEmail } from "@/emails/render";
import { HIDDEN_TOKEN, hasSecretLinks, hideSecretLinks } from "./secret-links";

const TOKEN = "q2V9xV0m3b5nq0T1S8kqk6m3VYbq3XJk0x3Hk8n5YbE";

describe("hideSecretLinks", () => {
  it("hides the token of activation and reset links, in text and in HTML attributes", () => {
    const text = `Activez : https://sses.example/activation/${TOKEN}\nOu : https://sses.example/mot-de-passe-oublie/${TOKEN}.`;
    expect(hideSecretLinks(text)).toBe(
      `Activez : https://sses.example/activation/${HIDDEN_TOKEN}\nOu : https://sses.example/mot-de-passe-oublie/${HIDDEN_TOKEN}.`,
    );
    expect(hideSecretLinks(`<a href="https://sses.example/activation/${TOKEN}">lien</a>`)).toBe(
      `<a href="https://sses.example/activation/${HIDDEN_TOKEN}">lien</a>`,
    );
    expect(hasSecretLinks(text)).toBe(true);
    expect(hasSecretLinks(hideSecretLinks(text))).toBe(false);
  });

  it("leaves the pages themselves and other links alone", () => {
    const text = "Rendez-vous sur https://sses.example/mot-de-passe-oublie ou https://sses.example/espace/offres/12.";
    expect(hideSecretLinks(text)).toBe(text);
    expect(hasSecretLinks(text)).toBe(false);
  });

  it("leaves no token in the rendered activation and reset emails", async () => {
    const activation = await renderEmail("account-activation", {
      firstName: "Camille",
      structureName: "Fleur bleue",
      activationUrl: `https://sses.example/activation/${TOKEN}`,
      expiresInHours: 72,
    });
    const reset = await renderEmail("password-reset", {
      firstName: "Camille",
      resetUrl: `https://sses.example/mot-de-passe-oublie/${TOKEN}`,
      expiresInHours: 2,
    });
    for (const { html, text } of [activation, reset]) {
      expect(html).toContain(TOKEN);
      expect(hideSecretLinks(html)).not.toContain(TOKEN);
      expect(hideSecretLinks(text)).not.toContain(TOKEN);
    }
  });
});
