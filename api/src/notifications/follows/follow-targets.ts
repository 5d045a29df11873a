import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { FollowSubjectType } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { IdeaEntity } from '../../ideas/idea.entity.js';
import { IdeasPolicy } from '../../ideas/ideas.policy.js';
import { ExperimentEntity } from '../../experiments/experiment.entity.js';
import { ExperimentsPolicy } from '../../experiments/experiments.policy.js';
import { NetworkEntity } from '../../networks/network.entity.js';
import { NetworkMembershipEntity } from '../../networks/network-membership.entity.js';
import { NetworksPolicy } from '../../networks/networks.policy.js';
import { readLessons } from '../../lessons/lessons.loaders.js';
import { LessonsPolicy } from '../../lessons/lessons.policy.js';

/** Whether `actor` may see the subject `id`, read inside the caller's RLS-bound transaction. */
export type VisibilityProbe = (m: EntityManager, actor: Actor, id: string) => Promise<boolean>;

/**
 * How to tell whether a person may see what they want to follow: each subject by its own
 * read path (the entity under row-level security, then the feature's policy), so following
 * cannot be used to probe ids. A feature that owns a subject may register a probe of its
 * own (the challenges feature registers CHALLENGE; until then a challenge cannot be
 * followed); the built-in ones use the features' policies directly.
 */
@Injectable()
export class FollowTargets {
  private readonly probes = new Map<FollowSubjectType, VisibilityProbe>([
    [
      FollowSubjectType.IDEA,
      async (m, actor, id) => {
        const idea = await m.findOneBy(IdeaEntity, { id, organisationId: actor.organisationId });
        return !!idea && IdeasPolicy.canSee(actor, idea);
      },
    ],
    [
      FollowSubjectType.EXPERIMENT,
      async (m, actor, id) => {
        const e = await m.findOneBy(ExperimentEntity, { id, organisationId: actor.organisationId });
        return !!e && ExperimentsPolicy.canSee(actor, e);
      },
    ],
    [
      FollowSubjectType.NETWORK,
      async (m, actor, id) => {
        const network = await m.findOneBy(NetworkEntity, { id });
        if (!network) return false;
        const mine = await m.findOneBy(NetworkMembershipEntity, {
          networkId: id,
          organisationId: actor.organisationId,
        });
        return NetworksPolicy.canSee(actor, network, mine);
      },
    ],
    [
      // The lesson's own read path (as lesson(id)): row-level security across the border, then
      // LessonsPolicy inside the organisation (unit reach; drafts and withdrawn lessons to their
      // writers only), so a withdrawal, told to every follower, tells only those who saw it.
      FollowSubjectType.LESSON,
      async (m, actor, id) => {
        const [row] = await readLessons(
          m,
          { organisationId: actor.organisationId, personId: actor.personId, actor },
          { policy: true, where: (p) => [`l.id = ${p(id)}::uuid`], limit: 1 },
        );
        return !!row && LessonsPolicy.canSee(actor, row.facts, row.reader);
      },
    ],
  ]);

  register(type: FollowSubjectType, probe: VisibilityProbe): void {
    this.probes.set(type, probe);
  }

  async canSee(m: EntityManager, actor: Actor, type: FollowSubjectType, id: string): Promise<boolean> {
    const probe = this.probes.get(type);
    return probe ? probe(m, actor, id) : false;
  }
}
