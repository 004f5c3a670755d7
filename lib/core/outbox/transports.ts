import { Resend } from "resend";
import { env } from "@/lib/core/env";

export type OutgoingEmail = { id: number; to: string; subject: string; html: string; text: string; idempotencyKey: string };

/** Where queued emails go. `send` throws on failure; the outbox retries. */
export type Transport = {
  name: string;
  send(message: OutgoingEmail): Promise<{ providerMessageId?: string }>;
};

/** Resend, with `Idempotency-Key: outbox/<id>` so that a re-send after a crash is de-duplicated (24 h). */
export function resendTransport(apiKey: string, from: string): Transport {
  const resend = new Resend(apiKey);
  return {
    name: "resend",
    async send(message) {
      const { data, error } = await resend.emails.send(
        { from, to: message.to, subject: message.subject, html: message.html, text: message.text },
        { idempotencyKey: message.idempotencyKey },
      );
      if (error) throw new Error(`Resend ${error.name}: ${error.message}`);
      return { providerMessageId: data?.id };
    },
  };
}

/** The embedded default: nothing leaves the machine; the SENT outbox row is the mailbox (/admin/courriels, tests). */
export function localMailboxTransport(): Transport {
  return { name: "local", send: async () => ({}) };
}

export function transportFromEnv(): Transport {
  const { RESEND_API_KEY, EMAIL_FROM } = env();
  return RESEND_API_KEY ? resendTransport(RESEND_API_KEY, EMAIL_FROM) : localMailboxTransport();
}

/** No mail service configured: « Courriels » is where messages are read. */
export function usesLocalMailbox(): boolean {
  return !env().RESEND_API_KEY;
}

export function isLocalMailbox(transport: Transport): boolean {
  return transport.name === "local";
}
