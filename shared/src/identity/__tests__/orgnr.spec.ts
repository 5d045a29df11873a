import { describe, expect, it } from '@jest/globals';
import { isValidOrganisationNumber, organisationNumberCheckDigit } from '../orgnr.js';

describe('organisasjonsnummer', () => {
  it.each([
    ['974760673', 'Brønnøysundregistrene'],
    ['958935420', 'Oslo kommune'],
    ['972417807', 'Bodø kommune'],
    ['964 338 531', 'Bergen kommune, with spaces'],
  ])('accepts %s (%s)', (nr) => {
    expect(isValidOrganisationNumber(nr)).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidOrganisationNumber('974760674')).toBe(false);
  });

  it('refuses wrong length and non-digits', () => {
    expect(isValidOrganisationNumber('97476067')).toBe(false);
    expect(isValidOrganisationNumber('9747606731')).toBe(false);
    expect(isValidOrganisationNumber('97476067a')).toBe(false);
    expect(isValidOrganisationNumber('')).toBe(false);
  });

  it('treats a remainder giving check digit 10 as invalid', () => {
    // 3*1+2*0+7*0+6*0+5*0+4*0+3*0+2*0 = 3 -> 11-3 = 8; find a prefix that yields 10
    const prefixes = Array.from({ length: 200 }, (_, i) => String(10000000 + i));
    const bad = prefixes.find((p) => organisationNumberCheckDigit(p) === null)!;
    expect(bad).toBeDefined();
    for (let d = 0; d <= 9; d++) expect(isValidOrganisationNumber(bad + d)).toBe(false);
  });
});
