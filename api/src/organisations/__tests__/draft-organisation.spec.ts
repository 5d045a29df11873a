import { describe, expect, it } from '@jest/globals';
import { OrganisationKind } from '@laerekraft/shared';
import { draftOrganisation } from '../organisations.service.js';
import { DomainError } from '../../core/errors/domain-error.js';

const fieldsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e.fields.map((f) => `${f.field}:${f.message}`);
    throw e;
  }
  return [];
};

describe('draftOrganisation', () => {
  it('names a kommune from SSB’s list by its number', () => {
    expect(
      draftOrganisation({
        kind: OrganisationKind.KOMMUNE,
        number: '1804',
        organisationNumber: '972 417 807',
      }),
    ).toEqual({
      kind: 'KOMMUNE',
      name: 'Bodø kommune',
      organisationNumber: '972417807',
      kommunenummer: '1804',
      fylkesnummer: '18',
    });
  });
  it('names a fylkeskommune by its county number', () => {
    expect(
      draftOrganisation({
        kind: OrganisationKind.FYLKESKOMMUNE,
        number: '18',
        organisationNumber: '964982953',
      }),
    ).toMatchObject({
      name: 'Nordland fylkeskommune',
      kommunenummer: null,
      fylkesnummer: '18',
    });
  });
  it('refuses an unknown number and a wrong check digit, field by field', () => {
    expect(
      fieldsOf(() =>
        draftOrganisation({
          kind: OrganisationKind.KOMMUNE,
          number: '9999',
          organisationNumber: '972417808',
        }),
      ),
    ).toEqual(['organisationNumber:invalidOrganisationNumber', 'number:unknownKommune']);
    expect(
      fieldsOf(() =>
        draftOrganisation({
          kind: OrganisationKind.FYLKESKOMMUNE,
          number: '1804',
          organisationNumber: '964982953',
        }),
      ),
    ).toEqual(['number:unknownFylke']);
  });
  it('needs a name for other kinds of organisation', () => {
    expect(
      fieldsOf(() => draftOrganisation({ kind: OrganisationKind.OTHER, organisationNumber: '974760673' })),
    ).toEqual(['name:required']);
  });
});
