import { Injectable } from '@nestjs/common';
import { ArrayContains, type EntityManager } from 'typeorm';
import { Check, Limits, LessonReach, LessonState, MembershipStatus, checkPinNote } from '@laerekraft/shared';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { NetworkPinEntity } from './network-pin.entity.js';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { NetworkEntity } from './network.entity.js';
import { NetworkMembershipEntity } from './network-membership.entity.js';
import { NetworksPolicy } from './networks.policy.js';
import { positional } from '../core/auth/authority.js';
import {
  membershipFromRow,
  networkFromRow,
  type MembershipRow,
  type NetworkRow,
} from './networks.loaders.js';
import { Primed, type Loaded } from '../core/graphql/loader-kit.js';
import { personFromRow, personJson, type PersonRow } from '../identity/identity.loaders.js';
import { organisationFromRow, type OrganisationRow } from '../organisations/organisations.loaders.js';
import type {
  CreateNetworkInput,
  InviteToNetworkInput,
  PinLessonInput,
  RespondToNetworkInvitationInput,
  UnpinLessonInput,
} from './dto/networks.inputs.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class NetworksService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /** Networks my organisation owns, belongs to, or is invited to. */
  async visible(actor: Actor): Promise<NetworkEntity[]> {
    return (await this.loadVisible(actor)).node;
  }

  /** The same, with coordinators, organisations and memberships as JSON in one statement. */
  loadVisible(actor: Actor, onlyId?: string): Promise<Loaded<NetworkEntity[]>> {
    return this.db.run(actor.scope, async (m) => {
      const { params, bind } = positional();
      const org = bind(actor.organisationId);
      // Which networks an organisation sees is the policy's.
      let visible = NetworksPolicy.listFilter(actor, 'n', 'mm', bind);
      if (onlyId !== undefined) visible += ` AND n.id = ${bind(onlyId)}::uuid`;
      const rows: Array<{
        n: NetworkRow;
        coordinator: PersonRow | null;
        organisation: OrganisationRow | null;
        members: Array<{ m: MembershipRow; o: OrganisationRow | null }> | null;
      }> = await m.query(
        `SELECT row_to_json(n) AS n,
           (SELECT ${personJson('c')} FROM persons c WHERE c.id = n.coordinator_id) AS coordinator,
           (SELECT row_to_json(o) FROM organisations o WHERE o.id = n.organisation_id) AS organisation,
           (SELECT json_agg(json_build_object('m', row_to_json(nm), 'o', row_to_json(mo)) ORDER BY nm.invited_at)
            FROM network_memberships nm LEFT JOIN organisations mo ON mo.id = nm.organisation_id
            WHERE nm.network_id = n.id) AS members
         FROM networks n
         LEFT JOIN network_memberships mm ON mm.network_id = n.id AND mm.organisation_id = ${org}
         WHERE ${visible}
         ORDER BY n.name ASC`,
        params,
      );
      const primed = new Primed();
      const organisation = (id: string, r: OrganisationRow | null) =>
        primed.add('organisation', id, r && organisationFromRow(r));
      const node = rows.map((r) => {
        const n = networkFromRow(r.n);
        primed.add('person', n.coordinatorId, r.coordinator && personFromRow(r.coordinator));
        organisation(n.organisationId, r.organisation);
        const members = (r.members ?? []).map((x) => {
          organisation(x.m.organisation_id, x.o);
          return membershipFromRow(x.m);
        });
        primed.add('membersByNetwork', n.id, members);
        primed.add('network', n.id, n);
        return n;
      });
      return { node, primed };
    });
  }

  async get(actor: Actor, id: string): Promise<NetworkEntity> {
    return this.db.run(actor.scope, (m) => this.visibleNetwork(m, actor, id));
  }

  /** One network with its coordinator, organisation and members, in one statement. */
  async loadOne(actor: Actor, id: string): Promise<Loaded<NetworkEntity>> {
    if (!UUID.test(id)) throw DomainError.notFound('The network');
    const { node, primed } = await this.loadVisible(actor, id);
    if (!node[0]) throw DomainError.notFound('The network');
    return { node: node[0], primed };
  }

  /**
   * A coordinator pins a lesson shared to the network, or changes the note of its pin. Only
   * a lesson published to this network can be pinned (row-level security refuses the rest too).
   */
  async pin(actor: Actor, input: PinLessonInput): Promise<NetworkPinEntity> {
    const note = (input.note ?? '').trim();
    assertValid(checkPinNote(new Check(), note));
    return this.db.run(actor.scope, async (m) => {
      const network = await this.visibleNetwork(m, actor, input.networkId);
      if (!NetworksPolicy.canCoordinate(actor, network))
        throw DomainError.forbidden('Only a coordinator of the network pins lessons');
      const shared =
        UUID.test(input.lessonId) &&
        (await m.existsBy(LessonEntity, {
          id: input.lessonId,
          state: LessonState.PUBLISHED,
          reach: LessonReach.NETWORK,
          networkIds: ArrayContains([network.id]),
        }));
      if (!shared)
        throw DomainError.validation(
          [{ field: 'lessonId', message: 'invalid' }],
          'Only a lesson shared to this network can be pinned',
        );
      const existing = await m.findOneBy(NetworkPinEntity, {
        networkId: network.id,
        lessonId: input.lessonId,
      });
      let pin: NetworkPinEntity;
      if (existing) {
        if (existing.note === note) return existing;
        await m.update(NetworkPinEntity, { id: existing.id }, { note, pinnedById: actor.personId });
        pin = { ...existing, note, pinnedById: actor.personId };
      } else {
        pin = await m.save(
          NetworkPinEntity,
          m.create(NetworkPinEntity, {
            organisationId: network.organisationId,
            networkId: network.id,
            lessonId: input.lessonId,
            note,
            pinnedById: actor.personId,
          }),
        );
      }
      await this.audit.record(m, {
        organisationId: network.organisationId,
        actorId: actor.personId,
        entityType: 'network',
        entityId: network.id,
        action: existing ? 'network.pin_noted' : 'network.pinned',
        before: existing ? { lessonId: input.lessonId, note: existing.note } : null,
        after: { lessonId: input.lessonId, note },
      });
      return pin;
    });
  }

  async unpin(actor: Actor, input: UnpinLessonInput): Promise<boolean> {
    return this.db.run(actor.scope, async (m) => {
      const network = await this.visibleNetwork(m, actor, input.networkId);
      if (!NetworksPolicy.canCoordinate(actor, network))
        throw DomainError.forbidden('Only a coordinator of the network unpins lessons');
      if (!UUID.test(input.lessonId)) return false;
      const result = await m.delete(NetworkPinEntity, { networkId: network.id, lessonId: input.lessonId });
      if (!result.affected) return false;
      await this.audit.record(m, {
        organisationId: network.organisationId,
        actorId: actor.personId,
        entityType: 'network',
        entityId: network.id,
        action: 'network.unpinned',
        before: { lessonId: input.lessonId },
      });
      return true;
    });
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
    const network = UUID.test(id) ? await m.findOneBy(NetworkEntity, { id }) : null;
    const mine = network
      ? await m.findOneBy(NetworkMembershipEntity, { networkId: id, organisationId: actor.organisationId })
      : null;
    if (!network || !NetworksPolicy.canSee(actor, network, mine)) throw DomainError.notFound('The network');
    return network;
  }
}
