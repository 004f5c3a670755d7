import { describe, expect, it } from "vitest";
import type { OfferState, Permission } from "@/db/schema";
import type { Principal } from "@/lib/core/auth/permissions";
import { STEP_KEYS } from "./schemas";
import { editMode, isAllowed, isStepEditable, planTransition, WORKFLOW_ACTIONS, type WorkflowAction } from "./workflow";

const TODAY = "2026-05-15";
const STATES: OfferState[] = ["DRAFT", "PENDING", "VALIDATED", "PUBLISHED", "EXPIRED"];
const PERMISSIONS: Permission[] = ["CONSULTATION", "GESTIONNAIRE", "VALIDEUR", "ADMIN"];

const offerer = (...permissions: Permission[]): Principal => ({ kind: "OFFERER", permissions });
const offer = (state: OfferState, publicationStart: string | null = "2026-05-01", publicationEnd: string | null = "2026-06-30") => ({
  state,
  publicationStart,
  publicationEnd,
});

/**
 * Permissions and transitions (docs/produit.md#roles-et-permissions, #transitions) written out apart from the table: for each action, which single permission
 * may do it from which states, and where it leads (dates 2026-05-01 → 2026-06-30 around TODAY).
 */
type Expectation = Partial<Record<Permission, Partial<Record<OfferState, OfferState | "deleted">>>>;
const LIVE_SAME = { VALIDATED: "VALIDATED", PUBLISHED: "PUBLISHED" } as const;
const EVERY_SAME = { DRAFT: "DRAFT", PENDING: "PENDING", VALIDATED: "VALIDATED", PUBLISHED: "PUBLISHED", EXPIRED: "EXPIRED" } as const;
const EXPECTED: Record<WorkflowAction, Expectation> = {
  edit: { GESTIONNAIRE: EVERY_SAME, VALIDEUR: EVERY_SAME },
  submit: { GESTIONNAIRE: { DRAFT: "PENDING" }, VALIDEUR: { DRAFT: "PENDING" } },
  validate: { VALIDEUR: { DRAFT: "PUBLISHED", PENDING: "PUBLISHED" } },
  sendBack: { VALIDEUR: { PENDING: "DRAFT" } },
  submitRevision: { GESTIONNAIRE: LIVE_SAME, VALIDEUR: LIVE_SAME },
  validateRevision: { VALIDEUR: { VALIDATED: "PUBLISHED", PUBLISHED: "PUBLISHED" } },
  sendBackRevision: { VALIDEUR: LIVE_SAME },
  discardRevision: { GESTIONNAIRE: LIVE_SAME, VALIDEUR: LIVE_SAME },
  stop: { GESTIONNAIRE: { VALIDATED: "EXPIRED", PUBLISHED: "EXPIRED" }, VALIDEUR: { VALIDATED: "EXPIRED", PUBLISHED: "EXPIRED" } },
  extend: { GESTIONNAIRE: { VALIDATED: "PUBLISHED", PUBLISHED: "PUBLISHED" }, VALIDEUR: { VALIDATED: "PUBLISHED", PUBLISHED: "PUBLISHED" } },
  changeDates: { GESTIONNAIRE: { VALIDATED: "PUBLISHED", PUBLISHED: "PUBLISHED" }, VALIDEUR: { VALIDATED: "PUBLISHED", PUBLISHED: "PUBLISHED" } },
  renew: { GESTIONNAIRE: { EXPIRED: "PENDING" }, VALIDEUR: { EXPIRED: "PUBLISHED" } },
  delete: {
    GESTIONNAIRE: { DRAFT: "deleted" },
    VALIDEUR: { DRAFT: "deleted", PENDING: "deleted", VALIDATED: "deleted", PUBLISHED: "deleted", EXPIRED: "deleted" },
  },
  duplicate: { GESTIONNAIRE: EVERY_SAME, VALIDEUR: EVERY_SAME },
  // Regional admins only (below).
  restore: {},
  unpublish: {},
  recall: {},
  requestCorrection: {},
};

const ADMIN_ONLY: WorkflowAction[] = ["restore", "unpublish", "recall", "requestCorrection"];

describe("planTransition: every action × state × permission alone", () => {
  const cases = WORKFLOW_ACTIONS.flatMap((action) => PERMISSIONS.flatMap((permission) => STATES.map((state) => ({ action, permission, state }))));

  it.each(cases)("$action by $permission on $state", ({ action, permission, state }) => {
    const expected = EXPECTED[action][permission]?.[state];
    const plan = planTransition(action, offer(state), offerer(permission), TODAY);
    if (expected) {
      expect(plan).toMatchObject({ ok: true, from: state, to: expected });
    } else {
      expect(plan.ok).toBe(false);
      if (!plan.ok) {
        // No right at all, or a right that others hold in this state → FORBIDDEN; a wrong state → CONFLICT.
        const holdsSomeRule = Object.values(EXPECTED[action][permission] ?? {}).length > 0;
        const someoneMay = PERMISSIONS.some((other) => EXPECTED[action][other]?.[state]);
        expect(plan.code).toBe(holdsSomeRule && !someoneMay ? "CONFLICT" : "FORBIDDEN");
        expect(plan.message).toMatch(/[a-zé]/);
      }
    }
  });

  it("has an expectation for every action of the table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...WORKFLOW_ACTIONS].sort());
  });
});

describe("planTransition: who is not an offerer", () => {
  it.each(WORKFLOW_ACTIONS.filter((action) => !ADMIN_ONLY.includes(action)))("%s is refused to anonymous, regional admins and institutions", (action) => {
    for (const user of [null, { kind: "REGIONAL_ADMIN", permissions: [] }, { kind: "INSTITUTION", permissions: [] }] as const) {
      expect(planTransition(action, offer("PENDING"), user, TODAY)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
  });

  it("a deleted or missing offer is not found, once the capability is held", () => {
    expect(planTransition("submit", null, offerer("GESTIONNAIRE"), TODAY)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(planTransition("submit", { ...offer("DRAFT"), deletedAt: new Date() }, offerer("GESTIONNAIRE"), TODAY)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // Without the capability the answer does not reveal whether the offer exists.
    expect(planTransition("submit", null, offerer("CONSULTATION"), TODAY)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("planTransition: the dates decide after validation", () => {
  const validator = offerer("VALIDEUR");
  it.each([
    ["2026-05-16", "2026-06-30", "VALIDATED"],
    ["2026-05-15", "2026-06-30", "PUBLISHED"],
    ["2026-04-01", "2026-05-15", "PUBLISHED"],
    ["2026-04-01", "2026-05-14", "EXPIRED"],
  ] as const)("start %s, end %s → %s", (start, end, expected) => {
    expect(planTransition("validate", offer("PENDING", start, end), validator, TODAY)).toMatchObject({ ok: true, to: expected });
    expect(planTransition("renew", offer("EXPIRED", start, end), validator, TODAY)).toMatchObject({ ok: true, to: expected });
  });

  it("validating without publication dates asks for them", () => {
    const plan = planTransition("validate", offer("PENDING", null, null), validator, TODAY);
    expect(plan).toMatchObject({ ok: false, code: "INVALID" });
    // …but the button stays: the click explains what is missing.
    expect(isAllowed("validate", offer("PENDING", null, null), validator, TODAY)).toBe(true);
  });

  it("cumulative permissions: GESTIONNAIRE + VALIDEUR renews straight to the dates and deletes anything", () => {
    const both = offerer("GESTIONNAIRE", "VALIDEUR");
    expect(planTransition("renew", offer("EXPIRED"), both, TODAY)).toMatchObject({ ok: true, to: "PUBLISHED" });
    expect(planTransition("delete", offer("PUBLISHED"), both, TODAY)).toMatchObject({ ok: true, to: "deleted" });
  });

  it("a GESTIONNAIRE deleting a published offer lacks a right (not a state problem)", () => {
    expect(planTransition("delete", offer("PUBLISHED"), offerer("GESTIONNAIRE"), TODAY)).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      message: "Un gestionnaire d'offres ne peut supprimer que des brouillons.",
    });
  });
});

describe("planTransition: restore (docs/produit.md#suppression-et-historique, soft deletion recoverable by an admin)", () => {
  const admin: Principal = { kind: "REGIONAL_ADMIN", permissions: [] };
  const deleted = (state: OfferState, start?: string | null, end?: string | null) => ({ ...offer(state, start, end), deletedAt: new Date() });

  it("brings a deleted offer back in the state it was deleted in", () => {
    for (const state of ["DRAFT", "PENDING", "EXPIRED"] as const)
      expect(planTransition("restore", deleted(state), admin, TODAY)).toMatchObject({ ok: true, from: state, to: state });
    expect(planTransition("restore", deleted("PUBLISHED"), admin, TODAY)).toMatchObject({ ok: true, from: "PUBLISHED", to: "PUBLISHED" });
    expect(planTransition("restore", deleted("DRAFT", null, null), admin, TODAY)).toMatchObject({ ok: true, to: "DRAFT" });
  });

  it("a live offer catches up with the dates that passed while it was deleted", () => {
    expect(planTransition("restore", deleted("VALIDATED", "2026-05-01", "2026-06-30"), admin, TODAY)).toMatchObject({
      ok: true,
      from: "VALIDATED",
      to: "PUBLISHED",
    });
    expect(planTransition("restore", deleted("PUBLISHED", "2026-03-01", "2026-04-30"), admin, TODAY)).toMatchObject({
      ok: true,
      from: "PUBLISHED",
      to: "EXPIRED",
    });
    expect(planTransition("restore", deleted("VALIDATED", "2026-06-01", "2026-06-30"), admin, TODAY)).toMatchObject({ ok: true, to: "VALIDATED" });
  });

  it("an offer that is not deleted has nothing to restore; a missing one is not found", () => {
    expect(planTransition("restore", offer("PUBLISHED"), admin, TODAY)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(planTransition("restore", null, admin, TODAY)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("is refused to anonymous, offerers of every permission and institutions", () => {
    const others: (Principal | null)[] = [null, offerer(...PERMISSIONS), { kind: "INSTITUTION", permissions: [] }];
    for (const user of others) expect(planTransition("restore", deleted("PUBLISHED"), user, TODAY)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("editMode", () => {
  it("edits live offers through a revision and the others in place", () => {
    expect(STATES.map((state) => [state, editMode(state)])).toEqual([
      ["DRAFT", "direct"],
      ["PENDING", "direct"],
      ["VALIDATED", "revision"],
      ["PUBLISHED", "revision"],
      ["EXPIRED", "direct"],
    ]);
  });
});

describe("isStepEditable", () => {
  it("leaves the content steps open in every state, the publication dates to drafts and pending offers", () => {
    const open = (state: OfferState) => STEP_KEYS.filter((step) => isStepEditable(state, step));
    expect(STATES.map((state) => [state, open(state)])).toEqual([
      ["DRAFT", STEP_KEYS],
      ["PENDING", STEP_KEYS],
      ["VALIDATED", ["description", "modalities", "complements"]],
      ["PUBLISHED", ["description", "modalities", "complements"]],
      ["EXPIRED", ["description", "modalities", "complements"]],
    ]);
  });
});

describe("planTransition: who validates is the région's choice (docs/produit.md#qui-valide)", () => {
  const admin: Principal = { kind: "REGIONAL_ADMIN", permissions: [] };
  const byArs = (state: OfferState) => ({ ...offer(state), validatedBy: "ARS" as const });
  const byStructure = (state: OfferState) => ({ ...offer(state), validatedBy: "STRUCTURE" as const });
  const ARS_MESSAGE = "Cette offre est validée par l'ARS, pas par les valideurs de la structure.";

  it("under « par l'ARS », a VALIDEUR cannot validate nor send back, from the draft or the pending offer, nor a modification", () => {
    for (const validator of [offerer("VALIDEUR"), offerer(...PERMISSIONS)]) {
      for (const [action, state] of [
        ["validate", "DRAFT"],
        ["validate", "PENDING"],
        ["sendBack", "PENDING"],
        ["validateRevision", "PUBLISHED"],
        ["sendBackRevision", "VALIDATED"],
      ] as const) {
        expect(planTransition(action, byArs(state), validator, TODAY)).toEqual({ ok: false, code: "FORBIDDEN", message: ARS_MESSAGE });
        expect(isAllowed(action, byArs(state), validator, TODAY)).toBe(false);
      }
    }
  });

  it("under « par l'ARS », the structure still asks for validation, and renewing waits for the ARS even for a VALIDEUR", () => {
    expect(planTransition("submit", byArs("DRAFT"), offerer("VALIDEUR"), TODAY)).toMatchObject({ ok: true, to: "PENDING" });
    expect(planTransition("submitRevision", byArs("PUBLISHED"), offerer("GESTIONNAIRE"), TODAY)).toMatchObject({ ok: true, to: "PUBLISHED" });
    expect(planTransition("renew", byArs("EXPIRED"), offerer("GESTIONNAIRE", "VALIDEUR"), TODAY)).toMatchObject({ ok: true, to: "PENDING" });
    // Nothing else moves: stop, extend, delete stay the structure's.
    expect(planTransition("stop", byArs("PUBLISHED"), offerer("VALIDEUR"), TODAY)).toMatchObject({ ok: true, to: "EXPIRED" });
    expect(planTransition("delete", byArs("PENDING"), offerer("VALIDEUR"), TODAY)).toMatchObject({ ok: true, to: "deleted" });
  });

  it("the ARS validates and sends back what was sent to it, exactly as a VALIDEUR does, but never a draft", () => {
    expect(planTransition("validate", byArs("PENDING"), admin, TODAY)).toMatchObject({ ok: true, from: "PENDING", to: "PUBLISHED" });
    expect(planTransition("validate", { ...byArs("PENDING"), publicationStart: "2026-06-01" }, admin, TODAY)).toMatchObject({ ok: true, to: "VALIDATED" });
    expect(planTransition("sendBack", byArs("PENDING"), admin, TODAY)).toMatchObject({ ok: true, to: "DRAFT" });
    expect(planTransition("validateRevision", byArs("PUBLISHED"), admin, TODAY)).toMatchObject({ ok: true, to: "PUBLISHED" });
    expect(planTransition("sendBackRevision", byArs("VALIDATED"), admin, TODAY)).toMatchObject({ ok: true, to: "VALIDATED" });
    expect(planTransition("validate", byArs("DRAFT"), admin, TODAY)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(planTransition("validate", byArs("EXPIRED"), admin, TODAY)).toMatchObject({ ok: false, code: "CONFLICT" });
    // Writing, submitting, deleting remain the structure's.
    for (const action of ["edit", "submit", "delete", "renew", "stop"] as const)
      expect(planTransition(action, byArs("DRAFT"), admin, TODAY)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("the ARS does not validate what its structure validates; the VALIDEUR does", () => {
    for (const action of ["validate", "sendBack"] as const) {
      expect(planTransition(action, byStructure("PENDING"), admin, TODAY)).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: "Cette offre est validée par les valideurs de sa structure, pas par l'ARS.",
      });
      expect(planTransition(action, byStructure("PENDING"), offerer("VALIDEUR"), TODAY).ok).toBe(true);
    }
    // Not said: the structure's (every offer before the rule existed).
    expect(planTransition("validate", offer("PENDING"), offerer("VALIDEUR"), TODAY).ok).toBe(true);
  });
});

describe("planTransition: the ARS moderates one offer in every région (docs/produit.md#moderation-dune-offre)", () => {
  const admin: Principal = { kind: "REGIONAL_ADMIN", permissions: [] };
  const EXPECTED_MODERATION: Record<"unpublish" | "recall" | "requestCorrection", Partial<Record<OfferState, OfferState>>> = {
    unpublish: { VALIDATED: "EXPIRED", PUBLISHED: "EXPIRED" },
    recall: { VALIDATED: "DRAFT", PUBLISHED: "DRAFT" },
    requestCorrection: { VALIDATED: "VALIDATED", PUBLISHED: "PUBLISHED" },
  };

  it.each(Object.keys(EXPECTED_MODERATION) as (keyof typeof EXPECTED_MODERATION)[])("%s: live offers only, whoever validates", (action) => {
    for (const validatedBy of ["STRUCTURE", "ARS", undefined] as const) {
      for (const state of STATES) {
        const plan = planTransition(action, { ...offer(state), validatedBy }, admin, TODAY);
        const expected = EXPECTED_MODERATION[action][state];
        if (expected) expect(plan).toMatchObject({ ok: true, from: state, to: expected });
        else expect(plan).toMatchObject({ ok: false, code: "CONFLICT" });
      }
    }
  });

  it("is refused to anonymous, offerers of every permission and institutions; a deleted offer is not found", () => {
    for (const action of ["unpublish", "recall", "requestCorrection"] as const) {
      for (const user of [null, offerer(...PERMISSIONS), { kind: "INSTITUTION", permissions: [] }] as (Principal | null)[])
        expect(planTransition(action, offer("PUBLISHED"), user, TODAY)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(planTransition(action, { ...offer("PUBLISHED"), deletedAt: new Date() }, admin, TODAY)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
  });
});
