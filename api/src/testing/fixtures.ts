import type { EntityManager } from 'typeorm';
import { OrganisationKind, Role } from '@laerekraft/shared';
import { Actor } from '../core/auth/actor.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../identity/person.entity.js';
import { RoleAssignmentEntity } from '../identity/role-assignment.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';

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

/** An organisation with a three-level unit tree and people in every role of the cycle. */
export async function buildOrganisation(m: EntityManager) {
  const { org, actor: lead } = await makeOrganisationWithPerson(m, [Role.INNOVATION_LEAD]);
  const unit = async (name: string, parentId: string | null) =>
    (await m.save(UnitEntity, m.create(UnitEntity, { organisationId: org.id, parentId, name }))).id;
  const sector = await unit('Helse', null);
  const department = await unit('Hjemmetjenesten', sector);
  const team = await unit('Sone sentrum', department);
  const other = await unit('Oppvekst', null);
  const person = async (roles: Array<[Role, string | null]>, unitId: string | null = team) => {
    const p = await addPerson(m, org.id, []);
    await m.update(PersonEntity, { id: p.id }, { unitId });
    await m.insert(
      RoleAssignmentEntity,
      roles.map(([role, u]) => ({ organisationId: org.id, personId: p.id, role, unitId: u })),
    );
    return new Actor(
      p.id,
      org.id,
      roles.map(([role, u]) => ({ role, unitId: u })),
    );
  };
  return {
    org,
    units: { sector, department, team, other },
    lead,
    sectorManager: await person(
      [
        [Role.MANAGER, sector],
        [Role.EMPLOYEE, null],
      ],
      sector,
    ),
    teamManager: await person([
      [Role.MANAGER, team],
      [Role.EMPLOYEE, null],
    ]),
    otherManager: await person(
      [
        [Role.MANAGER, other],
        [Role.EMPLOYEE, null],
      ],
      other,
    ),
    employee: await person([[Role.EMPLOYEE, null]]),
    colleague: await person([[Role.EMPLOYEE, null]]),
    rep: await person([
      [Role.UNION_REP, null],
      [Role.EMPLOYEE, null],
    ]),
  };
}
