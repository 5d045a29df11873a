import { describe, expect, it } from '@jest/globals';
import { canonicalUuid } from '../input-guard.plugin.js';

describe('canonicalUuid', () => {
  const id = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

  it.each([
    id,
    id.toUpperCase(),
    `{${id}}`,
    `{${id.toUpperCase()}}`,
    id.replace(/-/g, ''),
    '0A1B2C3D4E5F4A6B8C7D9E0F1A2B3C4D',
    '0a1b2c3d-4e5f4a6b-8c7d9e0f1a2b3c4d',
  ])('reads %s as the canonical lower-case spelling', (spelling) => {
    expect(canonicalUuid(spelling)).toBe(id);
  });

  it.each([
    '',
    'abc',
    `{${id}`,
    `${id}}`,
    `${id}0`,
    id.replace('a', 'g'),
    ` ${id}`,
    `${id}\u0000`,
    '0a1b2c3d--4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  ])('refuses %j', (spelling) => {
    expect(canonicalUuid(spelling)).toBeNull();
  });
});
