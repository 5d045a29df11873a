import { describe, expect, it } from '@jest/globals';
import { ERROR_CODES, FIELD_MESSAGES } from '../../app/errorKeys';
import { loadTexts, sectionsOf, type Tree } from './texts';

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const languages = ['nb', 'nn', 'en'] as const;
const bundles = Object.fromEntries(languages.map((l) => [l, flatten(loadTexts(l))])) as Record<
  (typeof languages)[number],
  Map<string, unknown>
>;

describe('translations', () => {
  const allKeys = new Set(languages.flatMap((l) => [...bundles[l].keys()]));

  it.each(languages)('%s has the same section files as bokmål', (lang) => {
    expect(sectionsOf(lang)).toEqual(sectionsOf('nb'));
  });

  it.each(languages)('%s has every key', (lang) => {
    const missing = [...allKeys].filter((k) => !bundles[lang].has(k));
    expect(missing).toEqual([]);
  });

  it.each(languages)('%s has no empty values', (lang) => {
    const empty = [...bundles[lang]]
      .filter(([, v]) => typeof v !== 'string' || v.trim() === '')
      .map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(languages)('%s uses the same placeholders as bokmål', (lang) => {
    const differ = [...bundles.nb]
      .filter(
        ([k, v]) =>
          JSON.stringify(placeholders(String(v))) !==
          JSON.stringify(placeholders(String(bundles[lang].get(k) ?? ''))),
      )
      .map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it('translates every API error code and field message', () => {
    const expected = [
      ...ERROR_CODES.map((c) => `errors.code.${c}`),
      ...FIELD_MESSAGES.map((m) => `errors.${m}`),
    ];
    expect(expected.filter((k) => !bundles.nb.has(k))).toEqual([]);
  });
});
