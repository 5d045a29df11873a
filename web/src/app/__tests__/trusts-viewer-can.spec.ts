import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The web trusts `viewerCan`: who may do what is decided by the API's policies, so no
 * component works it out again from roles or from the state machines' allowed moves.
 * (Showing a state, or why something is blocked, is fine; deciding whether to offer an
 * action is not.)
 */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FORBIDDEN = [
  /\ballowedIdeaActions\b/,
  /\ballowedExperimentActions\b/,
  /\ballowedLessonActions\b/,
  /\bmayPublishAt\b/,
  /\breachCrossesBorder\b/,
  /\bisIdeaEditable\b/,
  /\bhasRole\s*\(/,
  /\.roles\.some\s*\(/,
  /\bcanCreateIdeas\b/,
  /\bisManager\b/,
  /\bJSON\.parse\s*\(\s*e\.(before|after)/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === '__tests__' || name === 'gql' ? [] : files(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

describe('the web derives no rule of its own', () => {
  it('finds the sources', () => {
    expect(files(path.join(SRC, 'features')).length).toBeGreaterThan(20);
  });
  it.each(['features', 'app', 'ui'])('src/%s never re-derives who may do what', (dir) => {
    const offences = files(path.join(SRC, dir)).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN.filter((re) => re.test(text)).map((re) => `${path.relative(SRC, file)}: ${re.source}`);
    });
    expect(offences).toEqual([]);
  });
});
