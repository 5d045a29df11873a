import type { EntityManager } from 'typeorm';
import { OrganisationKind, Role } from '@laerekraft/shared';
import { Actor } from '../core/auth/actor.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../identity/person.entity.js';
import { RoleAssignmentEntity } from '../identity/role-assignment.entity.js';

let seq = 0;

/** An organisation with one person holding `roles`, returned as an Actor. */
export async function makeOrganisationWithPerson(
  m: EntityManager,
  roles: Role[] = [Role.INNOVATION_LEAD],
): Promise<{ org: OrganisationEntity; actor: Actor; person: PersonEntity }> {
  seq++;
  const org = await m.save(
    OrganisationEntity,
    m.create(OrganisationEntity, {
      kind: OrganisationKind.OTHER,
      name: `Testorganisasjon ${seq} ${Date.now()}`,
      organisationNumber: String(100000000 + Math.floor(Math.random() * 899999999)).slice(0, 9),
      kommunenummer: null,
      fylkesnummer: null,
    }),
  );
  const person = await addPerson(m, org.id, roles);
  return {
    org,
    person,
    actor: new Actor(
      person.id,
      org.id,
      roles.map((role) => ({ role, unitId: null })),
    ),
  };
}

export async function addPerson(
  m: EntityManager,
  organisationId: string,
  roles: Role[],
): Promise<PersonEntity> {
  seq++;
  const person = await m.save(
    PersonEntity,
    m.create(PersonEntity, {
      organisationId,
      email: `p${seq}-${Date.now()}@test.example`,
      name: `Person ${seq}`,
      passwordHash: null,
      locale: 'nb',
    }),
  );
  if (roles.length)
    await m.insert(
      RoleAssignmentEntity,
      roles.map((role) => ({ organisationId, personId: person.id, role, unitId: null })),
    );
  return person;
}
