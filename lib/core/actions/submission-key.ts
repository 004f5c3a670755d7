/**
 * The idempotency key of a form submission (docs/architecture.md#une-soumission-une-ecriture): drawn
 * in the browser when the form renders, sent with the action under SUBMISSION_FIELD, kept when the
 * submission is sent again after a lost connection, replaced after a success. Client-safe.
 */
export const SUBMISSION_FIELD = "_submission";

/** 128 random bits in hex; getRandomValues, unlike randomUUID, also exists on a plain-http address. */
export function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

const KEY_FORMAT = /^[0-9a-f]{32}$/;

/** The key an action's input carries (checked), and the input without it. */
export function takeSubmissionKey(input: Record<string, unknown>): { key: string | null; rest: Record<string, unknown> } {
  if (!(SUBMISSION_FIELD in input)) return { key: null, rest: input };
  const { [SUBMISSION_FIELD]: value, ...rest } = input;
  return { key: typeof value === "string" && KEY_FORMAT.test(value) ? value : null, rest };
}

/**
 * The keys of a set of buttons (useRefreshingAction's `submit`): the same action with the same input
 * sent again before it succeeded (a lost answer, a refusal being retried) keeps its key; another
 * action or another input (« Descendre » after « Monter », another row) gets a new one, so that it is
 * never mistaken for the first.
 */
export function submissionKeys() {
  const ids = new WeakMap<object, number>();
  let next = 0;
  let pending: { scope: string; key: string } | null = null;
  return {
    keyFor(action: object, input: unknown): string {
      if (!ids.has(action)) ids.set(action, next++);
      const scope = `${ids.get(action)}:${JSON.stringify(input)}`;
      if (pending?.scope !== scope) pending = { scope, key: newSubmissionKey() };
      return pending.key;
    },
    succeeded(): void {
      pending = null;
    },
  };
}
