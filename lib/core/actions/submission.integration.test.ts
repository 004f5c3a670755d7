import { eq } from "drizzle-orm";
import postgres from "postgres";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/db/client";
import { actionSubmissions, availabilityPeriods } from "@/db/schema";
import { createInstitution, createUser, referenceId } from "@/test/factories";
import { actAs, authModuleMock, setSession } from "@/test/session";
import { AppError } from "@/lib/core/errors";
import { SUBMISSION_FIELD, newSubmissionKey } from "./submission-key";

const { createPeriodAction, duplicatePeriodAction } = await import("@/lib/availability/actions");
const { defineAction } = await import("./define-action");
const { loginAction } = await import("@/lib/core/auth/actions");

/**
 * A form sent again after its answer was lost (a cut connection, a server stopping) carries the same
 * submission key: the write is stored once, and the repeat gets the first answer
 * (docs/architecture.md#une-soumission-une-ecriture). A lost database answers « Service
 * momentanément indisponible », never an unexpected error nor a wrong password.
 */
let institutionId: string;
let input: () => Record<string, unknown>;

beforeEach(async () => {
  const medicine = await referenceId(db, "DISCIPLINE", "Médecine");
  institutionId = (await createInstitution(db, { departmentCode: "75", regionCode: "11" })).id;
  await actAs((await createUser(db, { kind: "INSTITUTION", institutionId })).id);
  input = () => ({
    disciplineId: String(medicine),
    promotion: "DFGSM3",
    studentCount: "40",
    startDate: "2026-05-04",
    endDate: "2026-05-29",
    modality: "SPLIT",
    weeklySlots: ["2-am"],
    departmentCodes: ["75"],
    comment: "",
  });
});

const periodsOfInstitution = async () => db.$count(availabilityPeriods, eq(availabilityPeriods.institutionId, institutionId));

describe("a form submission sent twice", () => {
  it("« Dupliquer » (a button of useRefreshingAction, `submit`) clicked again with its key: one copy", async () => {
    const created = await createPeriodAction(input() as never);
    const periodId = (created as { data: { id: string } }).data.id;
    const key = newSubmissionKey();
    const first = await duplicatePeriodAction({ periodId, [SUBMISSION_FIELD]: key } as never);
    expect(first).toMatchObject({ ok: true });
    expect(await duplicatePeriodAction({ periodId, [SUBMISSION_FIELD]: key } as never)).toEqual(first);
    expect(await periodsOfInstitution()).toBe(2);
  });

  it("is stored once, in sequence or at the same moment, and both answers name the same write", async () => {
    const key = newSubmissionKey();
    const first = await createPeriodAction({ ...input(), [SUBMISSION_FIELD]: key } as never);
    const again = await createPeriodAction({ ...input(), [SUBMISSION_FIELD]: key } as never);
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    expect(await periodsOfInstitution()).toBe(1);

    const racing = newSubmissionKey();
    const answers = await Promise.all([1, 2, 3].map(() => createPeriodAction({ ...input(), [SUBMISSION_FIELD]: racing } as never)));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(await periodsOfInstitution()).toBe(2);
  });

  it("writes again under a new key (a second, deliberate submission), and without a key as before", async () => {
    await createPeriodAction({ ...input(), [SUBMISSION_FIELD]: newSubmissionKey() } as never);
    await createPeriodAction({ ...input(), [SUBMISSION_FIELD]: newSubmissionKey() } as never);
    await createPeriodAction(input() as never);
    expect(await periodsOfInstitution()).toBe(3);
  });

  it("is not replayed for another user, and a malformed key is ignored", async () => {
    const key = newSubmissionKey();
    await createPeriodAction({ ...input(), [SUBMISSION_FIELD]: key } as never);
    const stranger = await createUser(db, { kind: "INSTITUTION", institutionId });
    await actAs(stranger.id);
    const replayed = await createPeriodAction({ ...input(), [SUBMISSION_FIELD]: key } as never);
    expect(replayed).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await periodsOfInstitution()).toBe(1);
    expect(await createPeriodAction({ ...input(), [SUBMISSION_FIELD]: "'; drop table users" } as never)).toMatchObject({ ok: true });
    expect(await periodsOfInstitution()).toBe(2);
  });

  it("keeps nothing of a refused submission, so that the corrected form is stored", async () => {
    const key = newSubmissionKey();
    expect(await createPeriodAction({ ...input(), studentCount: "0", [SUBMISSION_FIELD]: key } as never)).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.$count(actionSubmissions, eq(actionSubmissions.key, key))).toBe(0);
    expect(await createPeriodAction({ ...input(), [SUBMISSION_FIELD]: key } as never)).toMatchObject({ ok: true });
    expect(await periodsOfInstitution()).toBe(1);
  });
});

describe("a database that does not answer", () => {
  // A real connection refused: a port nobody listens on.
  const deadDatabase = () => postgres("postgres://sses@127.0.0.1:9/sses", { max: 1, connect_timeout: 2, onnotice: () => {} });

  it("makes an action answer « Service momentanément indisponible », not an unexpected error", async () => {
    const action = defineAction({
      access: "public",
      schema: z.object({}),
      handler: async () => {
        const sql = deadDatabase();
        try {
          return await sql`select 1`;
        } finally {
          await sql.end();
        }
      },
    });
    setSession(null);
    expect(await action({})).toMatchObject({ ok: false, code: "UNAVAILABLE", message: expect.stringContaining("Service momentanément indisponible") });
  });

  it("makes the login say the service is unavailable, not « Adresse email ou mot de passe incorrect »", async () => {
    const sql = deadDatabase();
    const lost = await sql`select 1`.catch((error: unknown) => error);
    await sql.end();
    const { AuthError } = await import("next-auth");
    // Auth.js wraps what authorize() threw.
    vi.spyOn(authModuleMock, "openSession").mockRejectedValueOnce(Object.assign(new AuthError("callback"), { cause: { err: lost } }));
    const form = new FormData();
    form.set("email", "direction@demo.sses.fr");
    form.set("password", "Prevention-en-sante-2026");
    const answer = await loginAction(null, form);
    expect(answer).toMatchObject({ ok: false, code: "UNAVAILABLE", message: expect.stringContaining("Service momentanément indisponible") });
  });
});

describe("a submission refused after a first transaction committed", () => {
  it("is forgotten, so that the corrected form sent again runs", async () => {
    let calls = 0;
    const action = defineAction({
      access: "public",
      schema: z.object({ label: z.string() }),
      handler: async ({ label }) => {
        calls += 1;
        await db.transaction(async (tx) => tx.select().from(actionSubmissions).limit(1));
        if (label === "refusé") throw new AppError("INVALID", "Refusé après une première écriture.");
        return { label };
      },
    });
    setSession(null);
    const key = newSubmissionKey();
    expect(await action({ label: "refusé", [SUBMISSION_FIELD]: key } as never)).toMatchObject({ ok: false, code: "INVALID" });
    expect(await action({ label: "corrigé", [SUBMISSION_FIELD]: key } as never)).toEqual({ ok: true, data: { label: "corrigé" } });
    expect(await action({ label: "corrigé", [SUBMISSION_FIELD]: key } as never)).toEqual({ ok: true, data: { label: "corrigé" } });
    expect(calls).toBe(2);
  });
});
