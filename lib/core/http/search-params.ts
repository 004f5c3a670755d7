/** A page's query string as Next hands it over: a key may be missing, once or repeated. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of `key`, trimmed; "" when it is missing. The filters parse from there. */
export function searchParam(params: SearchParams, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}
