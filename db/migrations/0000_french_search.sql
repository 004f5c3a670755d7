-- French full-text search that ignores accents and case: « hôpital » finds « hopitaux ».
-- unaccent() itself cannot go in an index expression; a text search configuration that uses it can.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = french);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION french_unaccent
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
