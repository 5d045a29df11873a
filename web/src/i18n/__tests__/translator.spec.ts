import { describe, expect, it, jest } from '@jest/globals';
import { Translator } from '../translator';
import { loadTexts, type Tree } from './texts';

function translator() {
  const i18n = new Translator('nb');
  i18n.addSection('nb', 'ideas', {
    count_one: '{{count}} idé',
    count_other: '{{count}} idéer',
    by: 'Av {{name}} i {{unit}}',
    only: 'Bare på bokmål',
    nested: { deeper: 'Dypt' },
  });
  i18n.addSection('en', 'ideas', { count_one: '{{count}} idea', count_other: '{{count}} ideas' });
  return i18n;
}

describe('Translator', () => {
  it('picks the plural form by the language’s rules and fills in the count', () => {
    const i18n = translator();
    expect(i18n.t('ideas.count', { count: 1 })).toBe('1 idé');
    expect(i18n.t('ideas.count', { count: 0 })).toBe('0 idéer');
    expect(i18n.t('ideas.count', { count: 3 })).toBe('3 idéer');
    i18n.changeLanguage('en');
    expect(i18n.t('ideas.count', { count: 1 })).toBe('1 idea');
    expect(i18n.t('ideas.count', { count: 2 })).toBe('2 ideas');
  });

  it('fills every placeholder, without escaping (React escapes), and leaves an unfilled one', () => {
    const i18n = translator();
    expect(i18n.t('ideas.by', { name: '<Kari & Ola>', unit: 'Skole' })).toBe('Av <Kari & Ola> i Skole');
    expect(i18n.t('ideas.by', { name: 'Kari' })).toBe('Av Kari i {{unit}}');
  });

  it('reads nested keys and falls back to bokmål for a text the language lacks', () => {
    const i18n = translator();
    i18n.changeLanguage('en');
    expect(i18n.t('ideas.nested.deeper')).toBe('Dypt');
    expect(i18n.t('ideas.only')).toBe('Bare på bokmål');
    expect(i18n.exists('ideas.only')).toBe(true);
    expect(i18n.exists('ideas.nested')).toBe(false);
    expect(i18n.exists('ideas.none')).toBe(false);
  });

  it('shows the default value, or the key, for a missing text and reports it once', () => {
    const i18n = translator();
    const onMissing = jest.fn();
    i18n.onMissing = onMissing;
    expect(i18n.t('review.title')).toBe('review.title');
    expect(i18n.t('review.title')).toBe('review.title');
    expect(i18n.t('review.other', { defaultValue: 'Annet: {{what}}', what: 'x' })).toBe('Annet: x');
    expect(onMissing.mock.calls).toEqual([
      ['review.title', 'nb'],
      ['review.other', 'nb'],
    ]);
  });

  it('tells subscribers when a section arrives or the language changes, and not for the same language', () => {
    const i18n = translator();
    const listener = jest.fn();
    const stop = i18n.subscribe(listener);
    const before = i18n.snapshot();
    i18n.addSection('nb', 'review', { title: 'Til vurdering' });
    expect(i18n.t('review.title')).toBe('Til vurdering');
    i18n.changeLanguage('nn');
    i18n.changeLanguage('nn');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(i18n.snapshot()).toBe(before + 2);
    stop();
    i18n.changeLanguage('nb');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('finds both plural forms of every plural text in nb, nn and en', () => {
    const plurals = (tree: Tree, prefix = ''): string[] =>
      Object.entries(tree).flatMap(([key, value]) =>
        typeof value === 'string'
          ? key.endsWith('_one')
            ? [`${prefix}${key.slice(0, -'_one'.length)}`]
            : []
          : plurals(value, `${prefix}${key}.`),
      );
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const texts = loadTexts(lang);
      const i18n = new Translator('nb');
      for (const [section, tree] of Object.entries(texts)) i18n.addSection(lang, section, tree as Tree);
      i18n.changeLanguage(lang);
      const keys = plurals(texts);
      expect(keys.length).toBeGreaterThan(40);
      for (const key of keys) {
        // `key_one` asked for by name has no `key_one_one`, so it reads the text itself.
        expect([lang, key, i18n.t(key, { count: 1 })]).toEqual([
          lang,
          key,
          i18n.t(`${key}_one`, { count: 1 }),
        ]);
        expect([lang, key, i18n.t(key, { count: 7 })]).toEqual([
          lang,
          key,
          i18n.t(`${key}_other`, { count: 7 }),
        ]);
        expect(i18n.t(key, { count: 7 })).not.toBe(key);
      }
    }
  });
});
