import { describe, expect, it } from '@jest/globals';
import { parseSearch, similarSearch, SearchLimits } from '../search-query.js';

describe('parseSearch: web-search syntax to a safe to_tsquery', () => {
  it('makes plain words of four letters or more prefixes, and joins them with AND', () => {
    expect(parseSearch('barnehage i sentrum')).toEqual({
      match: 'barnehage:* & i & sentrum:*',
      exact: 'barnehage i sentrum',
      words: ['barnehage', 'i', 'sentrum'],
    });
  });
  it('keeps quotes as a phrase, OR as alternatives and -word as an exclusion', () => {
    expect(parseSearch('"digitalt tilsyn" OR sensor -natta')?.match).toBe(
      '(digitalt <-> tilsyn) | sensor:* & !natta',
    );
    expect(parseSearch('-"lang natt" dag')?.match).toBe('!(lang <-> natt) & dag');
  });
  it('lets nothing but letters and digits reach the tsquery parser', () => {
    const parsed = parseSearch(`a' | !b:* & (c) <-> d\\ 'e-post'`)!;
    expect(parsed.match).toBe('a & b & c & d & (e <-> post)');
    expect(parsed.match).not.toMatch(/['\\]/);
    expect(parseSearch('Æøå ÅRSTID')?.match).toBe('æøå & årstid:*');
  });
  it('searches nothing for only exclusions or only signs', () => {
    expect(parseSearch('-natta -dag')).toBeNull();
    expect(parseSearch('"" - OR ::')).toBeNull();
    // An alternative of exclusions alone is dropped, the rest kept.
    expect(parseSearch('-natta OR dag')?.match).toBe('dag');
  });
  it('counts at most TERMS_MAX terms and QUERY_MAX characters', () => {
    const many = Array.from({ length: 30 }, (_, i) => `ord${i}`).join(' ');
    expect(parseSearch(many)!.match.split(' & ')).toHaveLength(SearchLimits.TERMS_MAX);
    expect(parseSearch('x'.repeat(500))!.exact).toHaveLength(SearchLimits.QUERY_MAX);
  });
});

describe('similarSearch: any of the significant words', () => {
  it('takes words of four letters or more, title first, as prefixes joined with OR', () => {
    expect(similarSearch('Nattilsyn med sensorer', 'Brukerne vekkes om natten 2026')).toEqual({
      match: 'nattilsyn:* | sensorer:* | brukerne:* | vekkes:* | natten:*',
      exact: 'nattilsyn OR sensorer OR brukerne OR vekkes OR natten',
      words: ['nattilsyn', 'sensorer', 'brukerne', 'vekkes', 'natten'],
    });
    expect(similarSearch('a b c')).toBeNull();
  });
});
