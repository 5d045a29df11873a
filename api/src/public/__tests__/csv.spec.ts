import { describe, expect, it } from '@jest/globals';
import { csvField, csvRecord } from '../csv.js';
import { escapeHtml, jsonForScript, shorten } from '../html.js';
import { parseCsv } from './parse-csv.js';

describe('CSV (RFC 4180)', () => {
  it('quotes text, doubles quotes, keeps commas and line breaks inside the field', () => {
    const values = ['a,b', 'sa "hei"', 'linje 1\r\nlinje 2\nlinje 3', 'æøå ÆØÅ', ''];
    const line = csvRecord([...values, 3.5, null]);
    expect(line.endsWith('\r\n')).toBe(true);
    expect(parseCsv(line)).toEqual([[...values, '3.5', '']]);
    expect(csvField('sa "hei"')).toBe('"sa ""hei"""');
  });

  it('defuses a text a spreadsheet would take for a formula', () => {
    for (const f of ['=1+1', '+47', '-2', '@SUM(A1)', '\tx'])
      expect(parseCsv(csvRecord([f]))[0][0]).toBe(`'${f}`);
    expect(parseCsv(csvRecord(['1 = 1']))[0][0]).toBe('1 = 1');
  });
});

describe('HTML escaping for the public page heads', () => {
  it('escapes what could end an attribute or open a tag', () => {
    expect(escapeHtml(`<script>"x" & 'y'</script>`)).toBe(
      '&#60;script&#62;&#34;x&#34; &#38; &#39;y&#39;&#60;/script&#62;',
    );
  });

  it('writes JSON that cannot close its <script> element', () => {
    const s = jsonForScript({ t: '</script><script>alert(1)</script>', u: '\u2028' });
    expect(s).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(s)).toEqual({ t: '</script><script>alert(1)</script>', u: '\u2028' });
  });

  it('shortens at a word with an ellipsis', () => {
    expect(shorten('en  to\ntre', 50)).toBe('en to tre');
    const long = shorten('ord '.repeat(100), 40);
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long.endsWith('ord…')).toBe(true);
  });
});

describe('the experiment summary whitelist', () => {
  it('keeps the known keys with the right types and drops everything else', async () => {
    const { readExperimentSummary } = await import('../experiment-summary.js');
    const s = readExperimentSummary({
      title: 'Internt navn',
      stopReason: 'Kari sluttet',
      hypothesis: {
        change: 'x',
        targetGroup: 1,
        baseline: '3',
        target: 5,
        byDate: '2026-13-99x',
        owner: 'Kari',
      },
      learningCard: { believed: 'a', observed: '', learned: 'c', nextStep: null },
      measurements: [
        { measuredOn: '2026-02-01', value: 2, note: 'Kari' },
        { measuredOn: 'nope', value: 1 },
        'x',
      ],
      partnerKinds: ['CITIZENS', 'KARI'],
      result: 'MAYBE',
      startedAt: 'not a date',
    });
    expect(s).toEqual({
      hypothesis: {
        change: 'x',
        targetGroup: '',
        expectedEffect: '',
        metric: '',
        baseline: null,
        target: 5,
        byDate: null,
      },
      result: null,
      learningCard: { believed: 'a', observed: '', learned: 'c', nextStep: null },
      measurements: [{ measuredOn: '2026-02-01', value: 2 }],
      partnerKinds: ['CITIZENS'],
      startedAt: null,
      endedAt: null,
    });
    expect(JSON.stringify(s)).not.toContain('Kari');
    expect(readExperimentSummary(null)).toMatchObject({
      hypothesis: null,
      learningCard: null,
      measurements: [],
    });
  });
});
