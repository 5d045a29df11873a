import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { Check, LOCALES, Limits, checkRoles, type Locale } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { hashPassword, verifyPassword } from '../core/auth/passwords.js';
import { SessionsService } from './sessions.service.js';
import { patched, sameValues, trimmed } from '../core/graphql/partial-update.js';
import { AuditService } from '../audit/audit.service.js';
import { IdentityPolicy } from './identity.policy.js';
import {
  personFromRow,
  personJson,
  roleAssignmentFromRow,
  type PersonRow,
  type RoleAssignmentRow,
} from './identity.loaders.js';
import { Primed, type Loaded } from '../core/graphql/loader-kit.js';
import {
  organisationFromRow,
  unitFromRow,
  type OrganisationRow,
  type UnitRow,
} from '../organisations/organisations.loaders.js';
import { assertUnitsUsable } from './invitations.service.js';
import { PersonEntity } from './person.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { RoleAssignmentEntity } from './role-assignment.entity.js';
import type { ChangePasswordInput, SetRolesInput, UpdateProfileInput } from './dto/identity.inputs.js';

@Injectable()
export class PeopleService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  me(actor: Actor): Promise<PersonEntity> {
    return this.db.run(actor.scope, (m) => m.findOneByOrFail(PersonEntity, { id: actor.personId }));
  }

  async list(actor: Actor): Promise<PersonEntity[]> {
    return (await this.load(actor)).node;
  }

  /** People in my organisation by name, with their roles, units and organisation as JSON in one statement. */
  load(actor: Actor): Promise<Loaded<PersonEntity[]>> {
    if (!IdentityPolicy.canSeePeopleOf(actor, actor.organisationId)) throw DomainError.forbidden();
    return this.db.run(actor.scope, async (m) => {
      const rows: Array<{
        p: PersonRow;
        unit: UnitRow | null;
        organisation: OrganisationRow | null;
        roles: Array<{ r: RoleAssignmentRow; u: UnitRow | null }> | null;
      }> = await m.query(
        `SELECT ${personJson('p')} AS p,
           (SELECT row_to_json(u) FROM units u WHERE u.id = p.unit_id) AS unit,
           (SELECT row_to_json(o) FROM organisations o WHERE o.id = p.organisation_id) AS organisation,
           (SELECT json_agg(json_build_object('r', row_to_json(ra), 'u', row_to_json(ru)) ORDER BY ra.role)
            FROM role_assignments ra LEFT JOIN units ru ON ru.id = ra.unit_id WHERE ra.person_id = p.id) AS roles
         FROM persons p WHERE p.organisation_id = $1 ORDER BY p.name ASC`,
        [actor.organisationId],
      );
      const primed = new Primed();
      const unit = (id: string | null, r: UnitRow | null) => {
        if (id) primed.add('unit', id, r && unitFromRow(r));
      };
      const node = rows.map((r) => {
        const person = personFromRow(r.p);
        primed.add('person', person.id, person);
        unit(person.unitId, r.unit);
        primed.add(
          'organisation',
          person.organisationId,
          r.organisation && organisationFromRow(r.organisation),
        );
        const roles = (r.roles ?? []).map((x) => {
          unit(x.r.unit_id, x.u);
          return roleAssignmentFromRow(x.r);
        });
        primed.add('rolesByPerson', person.id, roles);
        return person;
      });
      return { node, primed };
    });
  }

  async setRoles(actor: Actor, input: SetRolesInput): Promise<PersonEntity> {
    assertValid(checkRoles(new Check(), 'roles', input.roles ?? []));
    return this.db.run(actor.scope, async (m) => {
      const person = await m.findOneBy(PersonEntity, { id: input.personId });
      if (!person || !IdentityPolicy.canSeePeopleOf(actor, person.organisationId))
        throw DomainError.notFound('The person');
      if (!IdentityPolicy.canSetRoles(actor, person))
        throw DomainError.forbidden('Only an innovation lead can change roles');
      if (!IdentityPolicy.keepsOwnLeadRole(actor, person.id, input.roles)) {
        throw DomainError.validation(
          [{ field: 'roles', message: 'cannotDropOwnLead' }],
          'You cannot remove your own innovation lead role: ask another innovation lead',
        );
      }
      await assertUnitsUsable(m, person.organisationId, input.roles);
      const before = await m.findBy(RoleAssignmentEntity, { personId: person.id });
      await m.delete(RoleAssignmentEntity, { personId: person.id });
      await m.insert(
        RoleAssignmentEntity,
        input.roles.map((r) => ({
          organisationId: person.organisationId,
          personId: person.id,
          role: r.role,
          unitId: r.unitId ?? null,
        })),
      );
      await this.audit.record(m, {
        organisationId: person.organisationId,
        actorId: actor.personId,
        entityType: 'person',
        entityId: person.id,
        action: 'roles.set',
        before: { roles: before.map((r) => ({ role: r.role, unitId: r.unitId })) },
        after: { roles: input.roles.map((r) => ({ role: r.role, unitId: r.unitId ?? null })) },
      });
      return person;
    });
  }

  /** Changes only the fields given; nothing changed, nothing written. */
  async updateProfile(actor: Actor, input: UpdateProfileInput): Promise<PersonEntity> {
    return this.db.run(actor.scope, async (m) => {
      const me = await m.findOneByOrFail(PersonEntity, { id: actor.personId });
      const check = new Check();
      const next = {
        name: patched(check, 'name', trimmed(input.name), me.name, { refuse: 'required' }),
        locale: patched(check, 'locale', input.locale as Locale | null | undefined, me.locale, {
          refuse: 'cannotClear',
        }),
        unitId: patched(check, 'unitId', input.unitId, me.unitId, { clearTo: null }),
      };
      assertValid(
        check
          .required('name', next.name, Limits.NAME_MAX)
          .rule('locale', LOCALES.includes(next.locale), 'invalidLocale'),
      );
      const before = { name: me.name, locale: me.locale, unitId: me.unitId };
      if (sameValues(before, next)) return me;
      if (next.unitId && next.unitId !== me.unitId) {
        const unit = await m.findOneBy(UnitEntity, {
          id: next.unitId,
          organisationId: actor.organisationId,
        });
        if (!unit || unit.archivedAt) {
          throw DomainError.validation(
            [{ field: 'unitId', message: unit ? 'unitArchived' : 'unknownUnit' }],
            'Choose an active unit in your organisation',
          );
        }
      }
      await m.update(PersonEntity, { id: actor.personId }, next);
      return m.findOneByOrFail(PersonEntity, { id: actor.personId });
    });
  }

  /** Changing the password ends every other session of the person. */
  async changePassword(actor: Actor, input: ChangePasswordInput, req: Request): Promise<void> {
    assertValid(new Check().password('newPassword', input.newPassword));
    const current = await this.db.run(actor.scope, (m) =>
      m.findOne(PersonEntity, { where: { id: actor.personId }, select: { id: true, passwordHash: true } }),
    );
    if (!(await verifyPassword(current?.passwordHash ?? null, input.currentPassword ?? ''))) {
      throw DomainError.validation(
        [{ field: 'currentPassword', message: 'wrongPassword' }],
        'The current password is wrong',
      );
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.run(actor.scope, async (m) => {
      await m.update(PersonEntity, { id: actor.personId }, { passwordHash });
      await this.audit.record(m, {
        organisationId: actor.organisationId,
        actorId: actor.personId,
        entityType: 'person',
        entityId: actor.personId,
        action: 'password.changed',
      });
    });
    await this.sessions.endAllFor(actor.scope, req);
  }
}
