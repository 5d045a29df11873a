// Node-only helpers for the i18n tests: a language's texts as one tree, from its
// section files (src/i18n/<lang>/<section>.json).
import { readdirSync, readFileSync } from 'node:fs';

export type Tree = { [key: string]: string | Tree };

const dir = new URL('../', import.meta.url);

/** The section names a language has (its file names). */
export function sectionsOf(lang: string): string[] {
  return readdirSync(new URL(`${lang}/`, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** A language's whole tree of texts, as `t()` sees it once every section has loaded. */
export function loadTexts(lang: string): Tree {
  return Object.fromEntries(
    sectionsOf(lang).map((s) => [
      s,
      JSON.parse(readFileSync(new URL(`${lang}/${s}.json`, dir), 'utf8')) as Tree,
    ]),
  );
}
