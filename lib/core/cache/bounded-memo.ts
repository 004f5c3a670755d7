/**
 * A function's answers kept for the inputs seen last: at most `size` of them, the oldest entry
 * dropped first. For pure work that the same few inputs ask for again and again (the policy of a
 * cached page, the cached page of a search).
 */
export function boundedMemo<K, V>(size: number, compute: (key: K) => V): (key: K) => V {
  const answers = new Map<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = compute(key);
    if (answers.size >= size) answers.delete(answers.keys().next().value as K);
    answers.set(key, answer);
    return answer;
  };
}
