import { describe, expect, it } from '@jest/globals';
import { wouldCreateCycle } from '../unit-tree.js';

// root ─ a ─ b ─ c,  root ─ d
const parents: Record<string, string | null> = { root: null, a: 'root', b: 'a', c: 'b', d: 'root' };
const parentOf = (id: string) => parents[id];

describe('wouldCreateCycle', () => {
  it('refuses moving a unit under itself', () => {
    expect(wouldCreateCycle('a', 'a', parentOf)).toBe(true);
  });
  it('refuses moving a unit under its own descendant', () => {
    expect(wouldCreateCycle('a', 'c', parentOf)).toBe(true);
    expect(wouldCreateCycle('root', 'b', parentOf)).toBe(true);
  });
  it('allows moving to a sibling branch or to the top', () => {
    expect(wouldCreateCycle('b', 'd', parentOf)).toBe(false);
    expect(wouldCreateCycle('c', null, parentOf)).toBe(false);
    expect(wouldCreateCycle('d', 'c', parentOf)).toBe(false);
  });
  it('does not loop forever on a corrupt tree', () => {
    const bad: Record<string, string> = { x: 'y', y: 'x' };
    expect(wouldCreateCycle('z', 'x', (id) => bad[id])).toBe(true);
  });
});
