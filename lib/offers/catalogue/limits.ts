/** Bounds of the catalogue's URL parameters; a module of its own so that client components import no parser. */
export const PAGE_SIZE = 20;
export const MAX_PAGE = 10_000;
export const MAX_QUERY_LENGTH = 200;
export const MAX_PLACES = 200;
