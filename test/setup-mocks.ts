import { vi } from "vitest";

/**
 * What every integration test file stands in for, registered once in vitest.config.ts:
 * - next/cache: outside a Next request there is nothing to revalidate; spies, so that a test can
 *   read which tags an action expired (vi.mocked(updateTag).mock.calls);
 * - Auth.js: the session is the one test/session.ts holds (actAs, setSession), and everything after
 *   it runs through the real door (getCurrentUser reads the user, its session version and frozen
 *   flags from the database), so a test acts the way a logged-in request does;
 * - next-auth itself, which cannot load outside Next: only its AuthError is needed.
 * A file that needs another behaviour (the client address of a request, a failing module) mocks
 * that module itself.
 */
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), unstable_cache: (fn: unknown) => fn }));
vi.mock("@/lib/core/auth/auth", async () => (await import("@/test/session")).authModuleMock);
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
