import { Body, Button, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { appUrl } from "@/lib/core/env";

export const PLATFORM_NAME = "Service sanitaire des étudiants en santé";

const colors = { blue: "#000091", grey: "#3a3a3a", light: "#666666", border: "#dddddd" };
const font = "Marianne, Arial, Helvetica, sans-serif";

/**
 * The frame of every email: the « République Française » block and the platform name, the
 * message, then the automatic-message footer. Inline styles only: mail clients drop stylesheets.
 */
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="fr" dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f6f6f6", fontFamily: font, color: colors.grey, margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", maxWidth: "600px", border: `1px solid ${colors.border}` }}>
          <Section style={{ padding: "16px 24px", borderBottom: `4px solid ${colors.blue}` }}>
            <Text style={{ margin: 0, fontWeight: 700, fontSize: "14px", lineHeight: "18px", textTransform: "uppercase", color: "#161616" }}>
              République
              <br />
              Française
            </Text>
            <Link
              href={appUrl("/")}
              style={{ display: "block", marginTop: "12px", fontSize: "18px", fontWeight: 700, color: colors.blue, textDecoration: "none" }}
            >
              {PLATFORM_NAME}
            </Link>
          </Section>
          <Section style={{ padding: "8px 24px 16px" }}>{children}</Section>
          <Hr style={{ borderColor: colors.border, margin: 0 }} />
          <Section style={{ padding: "12px 24px" }}>
            <Text style={{ fontSize: "12px", lineHeight: "18px", color: colors.light, margin: 0 }}>
              Ce message vous est envoyé automatiquement par la plateforme du {PLATFORM_NAME} ({appUrl("/")}). Merci de ne pas y répondre directement.
            </Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: "16px", lineHeight: "24px", margin: "16px 0" }}>{children}</Text>;
}

/** A link inside a sentence: the State's blue and underlined, so it is told apart by more than colour (WCAG 1.4.1). */
export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} style={{ color: colors.blue, textDecoration: "underline" }}>
      {children}
    </Link>
  );
}

/** A call-to-action button; the URL is also written out for clients that block buttons, and for the plain text. */
export function ActionLink({ href, label }: { href: string; label: string }) {
  return (
    <Section style={{ margin: "24px 0" }}>
      <Button
        href={href}
        style={{ backgroundColor: colors.blue, color: "#ffffff", padding: "12px 20px", fontSize: "16px", fontWeight: 500, textDecoration: "none" }}
      >
        {label}
      </Button>
      <Text style={{ fontSize: "13px", lineHeight: "20px", color: colors.light, margin: "12px 0 0" }}>
        Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur : <TextLink href={href}>{href}</TextLink>
      </Text>
    </Section>
  );
}

export function Quote({ children }: { children: ReactNode }) {
  return (
    <Text
      style={{
        fontSize: "16px",
        lineHeight: "24px",
        margin: "16px 0",
        padding: "8px 16px",
        borderLeft: `4px solid ${colors.blue}`,
        backgroundColor: "#f5f5fe",
        whiteSpace: "pre-line",
      }}
    >
      {children}
    </Text>
  );
}

export function Signature() {
  return (
    <Paragraph>
      Cordialement,
      <br />
      {PLATFORM_NAME}
    </Paragraph>
  );
}

export function Greeting({ firstName }: { firstName?: string }) {
  return <Paragraph>{firstName ? `Bonjour ${firstName},` : "Bonjour,"}</Paragraph>;
}

/** « 72 heures » / « 2 heures » / « 1 heure ». */
export function hoursLabel(hours: number): string {
  return hours <= 1 ? `${hours} heure` : `${hours} heures`;
}
