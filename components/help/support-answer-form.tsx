"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { answerSupportRequestAction, markSupportRequestHandledAction } from "@/lib/help/actions";
import { answerSupportRequestSchema } from "@/lib/help/schemas";

const UNREACHABLE = "L'action n'a pas pu aboutir (connexion interrompue ?). Réessayez dans un instant.";

/**
 * « Répondre »: the answer leaves by email (through the outbox), the requester's message quoted
 * under it, and the request is marked handled. « Marquer comme traitée » closes it without an email.
 */
export function SupportAnswerForm({ requestId, email, handled }: { requestId: string; email: string; handled: boolean }) {
  const router = useRouter();
  const [answer, setAnswer] = useState("");
  const [answerError, setAnswerError] = useState<string>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [pending, setPending] = useState(false);

  async function run(call: () => ReturnType<typeof markSupportRequestHandledAction>, success: string) {
    setPending(true);
    setError(undefined);
    setDone(undefined);
    try {
      const result = await call();
      if (result.ok) {
        setDone(success);
        router.refresh();
        return true;
      }
      setAnswerError(result.fieldErrors?.answer?.[0]);
      setError(result.message);
    } catch {
      setError(UNREACHABLE);
    } finally {
      setPending(false);
    }
    return false;
  }

  async function reply(event: FormEvent) {
    event.preventDefault();
    const checked = answerSupportRequestSchema.shape.answer.safeParse(answer);
    if (!checked.success) return setAnswerError(checked.error.issues[0].message);
    setAnswerError(undefined);
    if (await run(() => answerSupportRequestAction({ requestId, answer }), `Réponse envoyée par email à ${email}.`)) setAnswer("");
  }

  return (
    <section aria-labelledby="repondre" className="max-w-3xl">
      <h2 id="repondre">Répondre</h2>
      {done && (
        <Alert tone="success" data-testid="support-answer-done">
          <p>{done}</p>
        </Alert>
      )}
      {error && (
        <Alert tone="error" title="Action non enregistrée">
          <p>{error}</p>
        </Alert>
      )}
      <form noValidate onSubmit={reply}>
        <TextArea
          label="Votre réponse"
          name="answer"
          required
          rows={8}
          maxLength={5000}
          hint={`Envoyée par email à ${email}, avec son message cité en dessous. La demande sera marquée comme traitée.`}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
          error={answerError}
        />
        <ButtonGroup>
          <Button type="submit" disabled={pending}>
            {pending ? "Envoi…" : "Envoyer la réponse"}
          </Button>
          {!handled && (
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => run(() => markSupportRequestHandledAction({ requestId }), "Demande marquée comme traitée.")}
            >
              Marquer comme traitée
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}
