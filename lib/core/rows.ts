/**
 * The first row of a query's result, or a clear error when there is none. Used instead of
 * destructuring `const [row] = …` (typed as possibly undefined under noUncheckedIndexedAccess),
 * which, when the row is missing, fails later with a confusing « cannot read properties of undefined ».
 * An `insert … returning()` of one row, an aggregate without GROUP BY: a missing row is a bug.
 */
export function one<T>(rows: readonly T[], what = "row"): T {
  const row = rows[0];
  if (row === undefined) throw new Error(`Expected a ${what}, the query returned none`);
  return row;
}

/** The element at `index`, or a clear error when the list is shorter: for lists a test has just checked the length of. */
export function nth<T>(items: readonly T[], index: number, what = "item"): T {
  const item = items[index];
  if (item === undefined) throw new Error(`Expected a ${what} at index ${index}, the list has ${items.length}`);
  return item;
}
