import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Check, Limits, MembershipStatus } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { NetworkEntity } from './network.entity.js';
import { NetworkMembershipEntity } from './network-membership.entity.js';
import { NetworksPolicy } from './networks.policy.js';
import type {
  CreateNetworkInput,
  InviteToNetworkInput,
  RespondToNetworkInvitationInput,
} from './dto/networks.inputs.js';

@Injectable()
export class NetworksService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** Networks my organisation owns, belongs to, or is invited to. */
  visible(actor: Actor): Promise<NetworkEntity[]> {
    const visible = NetworksPolicy.listFilter(actor, 'n', 'mm');
    return this.db.run(actor.scope, (m) =>
      m
        .createQueryBuilder(NetworkEntity, 'n')
        .leftJoin(NetworkMembershipEntity, 'mm', 'mm.network_id = n.id AND mm.organisation_id = :org', {
          org: actor.organisationId,
        })
        .where(visible.where, visible.params)
        .orderBy('n.name', 'ASC')
        .getMany(),
    );
  }

  async get(actor: Actor, id: string): Promise<NetworkEntity> {
    return this.db.run(actor.scope, (m) => this.visibleNetwork(m, actor, id));
  }

  async create(actor: Actor, input: CreateNetworkInput): Promise<NetworkEntity> {
    if (!NetworksPolicy.canCreate(actor))
      throw DomainError.forbidden('Only a network coordinator can create networks');
    assertValid(
      new Check()
        .required('name', input.name, Limits.NETWORK_NAME_MAX)
        .rule('description', (input.description ?? '').length <= Limits.NETWORK_DESCRIPTION_MAX, 'tooLong', {
          max: Limits.NETWORK_DESCRIPTION_MAX,
        }),
    );
    return this.db.run(actor.scope, async (m) => {
      const network = await m.save(
        NetworkEntity,
        m.create(NetworkEntity, {
          organisationId: actor.organisationId,
          coordinatorId: actor.personId,
          name: input.name.trim(),
          description: (input.description ?? '').trim(),
        }),
      );
      // The coordinator's own organisation is a member from the start.
      await m.insert(NetworkMembershipEntity, {
        networkId: network.id,
        organisationId: actor.organisationId,
        status: MembershipStatus.MEMBER,
        invitedById: actor.personId,
        respondedById: actor.personId,
        respondedAt: new Date(),
      });
      await this.audit.record(m, {
        organisationId: actor.organisationId,
        actorId: actor.personId,
        entityType: 'network',
        entityId: network.id,
        action: 'network.created',
        after: { name: network.name },
      });
      return network;
    });
  }

  async invite(actor: Actor, input: InviteToNetworkInput): Promise<NetworkMembershipEntity> {
    return this.db.run(actor.scope, async (m) => {
      const network = await this.visibleNetwork(m, actor, input.networkId);
      if (!NetworksPolicy.canInvite(actor, network))
        throw DomainError.forbidden('Only the network’s coordinator can invite organisations');
      if (!(await m.existsBy(OrganisationEntity, { id: input.organisationId }))) {
        throw DomainError.validation(
          [{ field: 'organisationId', message: 'unknownOrganisation' }],
          'The organisation does not exist',
        );
      }
      const existing = await m.findOneBy(NetworkMembershipEntity, {
        networkId: network.id,
        organisationId: input.organisationId,
      });
      if (existing && existing.status !== MembershipStatus.DECLINED) {
        throw DomainError.conflict(
          existing.status === MembershipStatus.MEMBER
            ? 'The organisation is already a member'
            : 'The organisation is already invited',
        );
      }
      const membership =
        existing ??
        m.create(NetworkMembershipEntity, { networkId: network.id, organisationId: input.organisationId });
      Object.assign(membership, {
        status: MembershipStatus.INVITED,
        invitedById: actor.personId,
        invitedAt: new Date(),
        respondedAt: null,
        respondedById: null,
      });
      const saved = await m.save(membership);
      await this.audit.record(m, {
        organisationId: network.organisationId,
        actorId: actor.personId,
        entityType: 'network',
        entityId: network.id,
        action: 'network.invited',
        after: { organisationId: input.organisationId },
      });
      return saved;
    });
  }

  async respond(actor: Actor, input: RespondToNetworkInvitationInput): Promise<NetworkMembershipEntity> {
    return this.db.run(actor.scope, async (m) => {
      const membership = await m.findOne(NetworkMembershipEntity, {
        where: { id: input.membershipId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership || membership.organisationId !== actor.organisationId)
        throw DomainError.notFound('The network invitation');
      if (!NetworksPolicy.canRespond(actor, membership))
        throw DomainError.forbidden(
          'Only your organisation’s innovation lead can answer network invitations',
        );
      if (membership.status !== MembershipStatus.INVITED) {
        throw DomainError.conflict('This invitation has already been answered');
      }
      membership.status = input.accept ? MembershipStatus.MEMBER : MembershipStatus.DECLINED;
      membership.respondedAt = new Date();
      membership.respondedById = actor.personId;
      const saved = await m.save(membership);
      await this.audit.record(m, {
        organisationId: actor.organisationId,
        actorId: actor.personId,
        entityType: 'network',
        entityId: membership.networkId,
        action: input.accept ? 'network.joined' : 'network.declined',
      });
      return saved;
    });
  }

  private async visibleNetwork(m: EntityManager, actor: Actor, id: string): Promise<NetworkEntity> {
    const network = await m.findOneBy(NetworkEntity, { id });
    const mine = network
      ? await m.findOneBy(NetworkMembershipEntity, { networkId: id, organisationId: actor.organisationId })
      : null;
    if (!network || !NetworksPolicy.canSee(actor, network, mine)) throw DomainError.notFound('The network');
    return network;
  }
}
