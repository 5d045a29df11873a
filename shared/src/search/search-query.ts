import type { Check } from '../core/validation.js';

/** What one search may ask and how much it may cost (the API enforces them; the web shows them). */
export const SearchLimits = {
  /** Characters of a query. */
  QUERY_MAX: 200,
  /** Words of a query that count (the rest are ignored). */
  TERMS_MAX: 12,
  /** Values per filter. */
  FILTER_VALUES_MAX: 20,
  PAGE_MAX: 50,
  /** Candidates read per kind of document before ranking: what keeps a common word cheap. */
  CANDIDATES_PER_KIND: 1000,
  /** Above this many hits the count shows as "1 000+". */
  COUNT_CAP: 1000,
  /** "Prøvd før?": characters of the text read, words used, items shown. */
  SIMILAR_TEXT_MAX: 4000,
  SIMILAR_WORDS_MAX: 16,
  SIMILAR_MAX: 5,
  SIMILAR_CANDIDATES_PER_KIND: 200,
} as const;

export const SearchKind = { IDEA: 'IDEA', EXPERIMENT: 'EXPERIMENT', LESSON: 'LESSON' } as const;
export type SearchKind = (typeof SearchKind)[keyof typeof SearchKind];
export const SEARCH_KINDS = Object.values(SearchKind);

export const SearchSort = { RELEVANCE: 'RELEVANCE', NEWEST: 'NEWEST', MOST_ADOPTED: 'MOST_ADOPTED' } as const;
export type SearchSort = (typeof SearchSort)[keyof typeof SearchSort];
export const SEARCH_SORTS = Object.values(SearchSort);

/**
 * A query as PostgreSQL will run it: `match` in `to_tsquery` syntax, built here from words
 * that hold only letters and digits (so nothing a person types can reach the tsquery
 * parser), each plain word of four letters or more as a prefix (`barnehage:*` finds
 * "barnehageplassen": the stemmer does not split compounds); `exact` for
 * `websearch_to_tsquery`, which ranks exact matches higher; `words` the plain words, for
 * "mente du …?".
 */
export interface ParsedSearch {
  match: string;
  exact: string;
  words: string[];
}

interface Term {
  neg: boolean;
  words: string[];
  quoted: boolean;
}

const PREFIX_MIN = 4;
const wordsOf = (s: string) =>
  s
    .toLocaleLowerCase('nb')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function render(t: Term): string {
  const body =
    t.words.length > 1
      ? `(${t.words.join(' <-> ')})`
      : !t.neg && !t.quoted && t.words[0].length >= PREFIX_MIN
        ? `${t.words[0]}:*`
        : t.words[0];
  return t.neg ? `!${body}` : body;
}

/**
 * Parses web-search syntax as `websearch_to_tsquery` reads it: "a phrase" in quotes, `OR`
 * between alternatives, `-word` to exclude. Null when nothing is left to search for (only
 * signs, or only exclusions: a query of exclusions alone would read every row).
 */
export function parseSearch(query: string): ParsedSearch | null {
  const q = query.slice(0, SearchLimits.QUERY_MAX);
  const groups: Term[][] = [[]];
  let count = 0;
  const re = /(-?)"([^"]*)"?|(\S+)/gu;
  for (const m of q.matchAll(re)) {
    if (count >= SearchLimits.TERMS_MAX) break;
    if (m[3] !== undefined && m[3].toUpperCase() === 'OR') {
      if (groups[groups.length - 1].length) groups.push([]);
      continue;
    }
    const neg = m[1] === '-' || (m[3]?.startsWith('-') ?? false);
    const words = wordsOf(m[2] ?? m[3] ?? '');
    if (!words.length) continue;
    groups[groups.length - 1].push({ neg, words, quoted: m[2] !== undefined });
    count++;
  }
  const kept = groups.filter((g) => g.some((t) => !t.neg));
  if (!kept.length) return null;
  const words = [
    ...new Set(kept.flatMap((g) => g.filter((t) => !t.neg && t.words.length === 1).map((t) => t.words[0]))),
  ];
  return {
    match: kept.map((g) => g.map(render).join(' & ')).join(' | '),
    exact: q,
    words,
  };
}

/**
 * "Prøvd før?": any of the significant words of a title and a text (four letters or more,
 * the title's first), each as a prefix; the stemmer's stop words drop out in PostgreSQL.
 * Null when there is nothing to compare.
 */
export function similarSearch(title: string, text = ''): ParsedSearch | null {
  const words = [
    ...new Set(
      wordsOf(`${title} ${text.slice(0, SearchLimits.SIMILAR_TEXT_MAX)}`).filter(
        (w) => w.length >= PREFIX_MIN && !/^\d+$/.test(w),
      ),
    ),
  ].slice(0, SearchLimits.SIMILAR_WORDS_MAX);
  if (!words.length) return null;
  return { match: words.map((w) => `${w}:*`).join(' | '), exact: words.join(' OR '), words };
}

/** The query's own rules: something to search for, not too long. */
export function checkSearchQuery(check: Check, field: string, query: string | null | undefined): Check {
  return check.required(field, query, SearchLimits.QUERY_MAX);
}

/** A filter's values: at most FILTER_VALUES_MAX, each one of `allowed` when given. */
export function checkSearchFilter(
  check: Check,
  field: string,
  values: readonly unknown[] | null | undefined,
  allowed?: readonly unknown[],
): Check {
  if (!values) return check;
  check.rule(field, values.length <= SearchLimits.FILTER_VALUES_MAX, 'tooMany', {
    max: SearchLimits.FILTER_VALUES_MAX,
  });
  if (allowed)
    check.rule(
      field,
      values.every((v) => allowed.includes(v)),
      'invalid',
    );
  return check;
}
