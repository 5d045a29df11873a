import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { IsNull } from 'typeorm';
import { Check, ErrorCode, Limits, normaliseEmail } from '@laerekraft/shared';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { hashPassword, verifyPassword } from '../core/auth/passwords.js';
import { SessionsService } from './sessions.service.js';
import type { Actor } from '../core/auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { InvitationEntity } from './invitation.entity.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PersonEntity } from './person.entity.js';
import { RoleAssignmentEntity } from './role-assignment.entity.js';
import { invitationStatus, type InvitationPreviewModel } from './models/invitation.model.js';
import type { AcceptInvitationInput, LoginInput } from './dto/identity.inputs.js';

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Signing in and out, and turning an invitation into an account. */
@Injectable()
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async login(input: LoginInput, res: Response, clientAddress: string): Promise<PersonEntity> {
    const email = normaliseEmail(input.email ?? '');
    await this.throttle.assertAllowed(email, clientAddress);
    const person = await this.db.door('login', (m) =>
      m.findOne(PersonEntity, {
        where: { email, deactivatedAt: IsNull() },
        select: { id: true, organisationId: true, passwordHash: true },
      }),
    );
    // Unknown e-mail and wrong password: the same answer, after the same amount of work.
    const ok = await verifyPassword(person?.passwordHash ?? null, input.password ?? '');
    if (!person || !ok) {
      await this.throttle.recordFailure(email, clientAddress);
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'The e-mail or the password is wrong');
    }
    await this.throttle.recordSuccess(email);
    const scope = { organisationId: person.organisationId, personId: person.id };
    await this.sessions.start(res, scope);
    return this.db.run(scope, (m) => m.findOneByOrFail(PersonEntity, { id: person.id }));
  }

  /** The freshly signed-in person as an actor, so the rest of the response sees what they may see. */
  actorFor(person: PersonEntity) {
    return this.sessions.actorForPerson({ organisationId: person.organisationId, personId: person.id });
  }

  logout(actor: Actor | null, req: Request, res: Response): Promise<void> {
    return this.sessions.end(actor, req, res);
  }

  async preview(token: string): Promise<InvitationPreviewModel> {
    return this.db.door('invitation', async (m) => {
      const inv = await this.usableInvitation(m, token);
      const org = await m.findOneByOrFail(OrganisationEntity, { id: inv.organisationId });
      return { organisationName: org.name, name: inv.name, email: inv.email, expiresAt: inv.expiresAt };
    });
  }

  async accept(input: AcceptInvitationInput, res: Response): Promise<PersonEntity> {
    assertValid(
      new Check().required('name', input.name, Limits.NAME_MAX).password('password', input.password),
    );
    const passwordHash = await hashPassword(input.password);
    // The e-mail must be free in every organisation, so acceptance goes through the door.
    const person = await this.db.door('invitation', async (m) => {
      const inv = await this.usableInvitation(m, input.token, true);
      const taken = await m.findOneBy(PersonEntity, { email: inv.email });
      if (taken)
        throw DomainError.conflict('A person with this e-mail already has an account: sign in instead');
      const created = await m.save(
        PersonEntity,
        m.create(PersonEntity, {
          organisationId: inv.organisationId,
          email: inv.email,
          name: input.name.trim(),
          passwordHash,
          locale: 'nb',
        }),
      );
      await m.insert(
        RoleAssignmentEntity,
        inv.roles.map((r) => ({
          organisationId: inv.organisationId,
          personId: created.id,
          role: r.role,
          unitId: r.unitId,
        })),
      );
      await m.update(InvitationEntity, { id: inv.id }, { acceptedAt: new Date() });
      await this.audit.record(m, {
        organisationId: inv.organisationId,
        actorId: created.id,
        entityType: 'person',
        entityId: created.id,
        action: 'invitation.accepted',
        after: { email: created.email, roles: inv.roles },
      });
      return created;
    });
    await this.sessions.start(res, { organisationId: person.organisationId, personId: person.id });
    return person;
  }

  /** The invitation behind a token, if it can still be used; `lock` takes a row lock so it is used once. */
  private async usableInvitation(
    m: import('typeorm').EntityManager,
    token: string,
    lock = false,
  ): Promise<InvitationEntity> {
    const inv = await m.findOne(InvitationEntity, {
      where: { tokenHash: tokenHash(token ?? '') },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!inv) throw DomainError.notFound('The invitation');
    const status = invitationStatus(inv);
    if (status === 'ACCEPTED')
      throw DomainError.validation(
        [{ field: 'token', message: 'invitationUsed' }],
        'This invitation has already been used: sign in instead',
      );
    if (status === 'REVOKED')
      throw DomainError.validation(
        [{ field: 'token', message: 'invitationRevoked' }],
        'This invitation was withdrawn: ask your innovation lead for a new one',
      );
    if (status === 'EXPIRED')
      throw DomainError.validation(
        [{ field: 'token', message: 'invitationExpired' }],
        'This invitation has expired: ask your innovation lead for a new one',
      );
    return inv;
  }
}
