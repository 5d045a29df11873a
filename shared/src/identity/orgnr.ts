/**
 * Norwegian organisasjonsnummer: nine digits, the last a modulus-11 check digit with
 * weights 3 2 7 6 5 4 3 2. A remainder that gives check digit 10 means the number is invalid.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

export function organisationNumberCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) return null;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(firstEight[i]), 0);
  const rest = sum % 11;
  const digit = rest === 0 ? 0 : 11 - rest;
  return digit === 10 ? null : digit;
}

export function isValidOrganisationNumber(value: string): boolean {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{9}$/.test(digits)) return false;
  return organisationNumberCheckDigit(digits.slice(0, 8)) === Number(digits[8]);
}

export function normaliseOrganisationNumber(value: string): string {
  return value.replace(/\s/g, '');
}
