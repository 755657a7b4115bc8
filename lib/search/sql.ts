import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The word search as SQL: a table's "searchVector" (a weighted 'simple' tsvector of its
// unaccented text, kept by a trigger: see the tools-library migration) against the words of
// lib/search/words.ts. Both sides go through echn_search_text (unaccent), so "Factoria" finds
// "Factoría"; websearch_to_tsquery reads quotes and "-word" as people expect and never fails
// on what they type.

/** The tables that carry a "searchVector" kept by a trigger. */
export type SearchableTable = "Resource";

const vectorOf = (table: SearchableTable) => {
  // The name goes into the statement as an identifier: only a plain one may.
  if (!/^[A-Za-z]+$/.test(table)) throw new Error(`Not a searchable table: ${table}`);
  return Prisma.raw(`"${table}"."searchVector"`);
};

// A sub-select on purpose: the planner then cannot estimate how many rows the words match, and
// reads the GIN index. Given the words themselves, it sees that a common one ("hub") matches
// most rows and scans the table instead, unpacking every row's vector from TOAST storage to
// test it: several times slower.
const queryOf = (words: string) => Prisma.sql`(SELECT websearch_to_tsquery('simple', echn_search_text(${words})))`;

/** A condition: the row holds every word (accents ignored). `words` from searchWords(). */
export const wordsMatch = (table: SearchableTable, words: string): Prisma.Sql => Prisma.sql`${vectorOf(table)} @@ ${queryOf(words)}`;

/** How well the row matches, for ordering (a title's words weigh most). */
export const wordsRank = (table: SearchableTable, words: string): Prisma.Sql => Prisma.sql`ts_rank(${vectorOf(table)}, ${queryOf(words)})`;
