import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, IsNull, MoreThan, type EntityManager } from 'typeorm';
import { Check, Limits, checkRoles, normaliseEmail } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { IdentityPolicy } from './identity.policy.js';
import { tokenHash } from './auth.service.js';
import { InvitationEntity } from './invitation.entity.js';
import { PersonEntity } from './person.entity.js';
import type { InvitePersonInput, RoleInput } from './dto/identity.inputs.js';

export const INVITATION_PATH = '/invitasjon/';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  async pending(actor: Actor): Promise<InvitationEntity[]> {
    if (!IdentityPolicy.canSeeInvitationsOf(actor, actor.organisationId))
      throw DomainError.forbidden('Only an innovation lead sees invitations');
    return this.db.run(actor.scope, (m) =>
      m.find(InvitationEntity, {
        where: {
          organisationId: actor.organisationId,
          acceptedAt: IsNull(),
          revokedAt: IsNull(),
          expiresAt: MoreThan(new Date()),
        },
        order: { createdAt: 'DESC' },
      }),
    );
  }

  /** Creates a single-use invitation; the link (with the only copy of the token) is returned once. */
  async invite(
    actor: Actor,
    input: InvitePersonInput,
  ): Promise<{ invitation: InvitationEntity; link: string }> {
    if (!IdentityPolicy.canInvite(actor, actor.organisationId))
      throw DomainError.forbidden('Only an innovation lead can invite people');
    const check = new Check().required('name', input.name, Limits.NAME_MAX).email('email', input.email);
    assertValid(checkRoles(check, 'roles', input.roles ?? []));
    return this.db.run(actor.scope, (m) =>
      this.issue(m, {
        organisationId: actor.organisationId,
        invitedById: actor.personId,
        name: input.name,
        email: input.email,
        roles: input.roles,
      }),
    );
  }

  /** Creates the invitation inside the caller's transaction (also used when an organisation is registered). */
  async issue(
    m: EntityManager,
    input: {
      organisationId: string;
      invitedById: string;
      name: string;
      email: string;
      roles: readonly RoleInput[];
    },
  ): Promise<{ invitation: InvitationEntity; link: string }> {
    const email = normaliseEmail(input.email);
    const token = randomBytes(32).toString('base64url');
    await assertUnitsUsable(m, input.organisationId, input.roles);
    if (await m.existsBy(PersonEntity, { email })) {
      throw DomainError.validation(
        [{ field: 'email', message: 'emailTaken' }],
        'Someone with this e-mail already has an account',
      );
    }
    // A new invitation replaces any earlier one to the same address.
    await m.update(
      InvitationEntity,
      { organisationId: input.organisationId, email, acceptedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    const invitation = await m.save(
      InvitationEntity,
      m.create(InvitationEntity, {
        organisationId: input.organisationId,
        email,
        name: input.name.trim(),
        roles: input.roles.map((r) => ({ role: r.role, unitId: r.unitId ?? null })),
        tokenHash: tokenHash(token),
        expiresAt: new Date(Date.now() + Limits.INVITATION_DAYS * 86400_000),
        invitedById: input.invitedById,
      }),
    );
    await this.audit.record(m, {
      organisationId: input.organisationId,
      actorId: input.invitedById,
      entityType: 'invitation',
      entityId: invitation.id,
      action: 'invitation.created',
      after: { email, roles: invitation.roles },
    });
    return { invitation, link: INVITATION_PATH + token };
  }

  async revoke(actor: Actor, id: string): Promise<InvitationEntity> {
    return this.db.run(actor.scope, async (m) => {
      const inv = await m.findOneBy(InvitationEntity, { id, organisationId: actor.organisationId });
      if (!inv || !IdentityPolicy.canInvite(actor, inv.organisationId))
        throw DomainError.notFound('The invitation');
      if (inv.acceptedAt) throw DomainError.conflict('This invitation has already been accepted');
      if (!inv.revokedAt) {
        inv.revokedAt = new Date();
        await m.save(inv);
        await this.audit.record(m, {
          organisationId: inv.organisationId,
          actorId: actor.personId,
          entityType: 'invitation',
          entityId: inv.id,
          action: 'invitation.revoked',
        });
      }
      return inv;
    });
  }
}

/** Units named in roles must be active units of the organisation. */
export async function assertUnitsUsable(
  m: EntityManager,
  organisationId: string,
  roles: readonly RoleInput[],
): Promise<void> {
  const ids = [...new Set(roles.map((r) => r.unitId).filter((u): u is string => !!u))];
  if (!ids.length) return;
  const units = await m.findBy(UnitEntity, { id: In(ids), organisationId });
  if (units.length !== ids.length)
    throw DomainError.validation(
      [{ field: 'roles', message: 'unknownUnit' }],
      'A chosen unit does not exist in your organisation',
    );
  if (units.some((u) => u.archivedAt))
    throw DomainError.validation([{ field: 'roles', message: 'unitArchived' }], 'A chosen unit is archived');
}
