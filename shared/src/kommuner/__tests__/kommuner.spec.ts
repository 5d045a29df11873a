import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allFylker, allKommuner, findFylke, findKommune } from '../kommuner.js';

const csvPath = fileURLToPath(new URL('../../../../../shared/data/kommuner.csv', import.meta.url));

describe('kommuner', () => {
  it('knows every municipality and county of classification 131 (2026)', () => {
    expect(allKommuner()).toHaveLength(357);
    expect(allFylker()).toHaveLength(15);
    expect(findKommune('1804')).toMatchObject({ navn: 'Bodø', fylkesnummer: '18', fylkesnavn: 'Nordland' });
    expect(findFylke('46')?.navn).toBe('Vestland');
    expect(findKommune('9999')).toBeUndefined();
  });

  (existsSync(csvPath) ? it : it.skip)('matches ../shared/data/kommuner.csv', () => {
    const lines = readFileSync(csvPath, 'utf8').trim().split('\n').slice(1);
    const fromCsv = lines.map((l) => l.split(',')[0]).sort();
    expect(
      allKommuner()
        .map((k) => k.nummer)
        .sort(),
    ).toEqual(fromCsv);
  });
});
