/**
 * A seeded PRNG (mulberry32) so that the demo data is the same on every run, relative to `today`:
 * screenshots, e2e expectations and bug reports then talk about the same offers.
 */
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  pickSome: <T>(items: readonly T[], min: number, max: number) => T[];
  shuffle: <T>(items: readonly T[]) => T[];
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [itemAt(copy, j), itemAt(copy, i)];
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick: liste vide");
      return itemAt(items, int(0, items.length - 1));
    },
    pickSome: (items, min, max) => shuffle(items).slice(0, Math.min(items.length, int(min, max))),
    shuffle,
  };
}

/** FNV-1a: a stable seed from a text (a person's name gives the same phone number everywhere). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The item at `index`, for indexes the caller has just computed from the list itself: a clear error instead of an undefined further on. */
export function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Élément ${index} absent d'une liste de ${items.length}`);
  return item;
}
