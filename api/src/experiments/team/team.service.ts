import { Injectable } from '@nestjs/common';
import { Check, Limits } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { assertValid } from '../../core/errors/domain-error.js';
import { sameValues } from '../../core/graphql/partial-update.js';
import { ExperimentMemberEntity } from '../experiment-parts.entity.js';
import type { ExperimentEntity } from '../experiment.entity.js';
import { ExperimentsService } from '../experiments.service.js';
import type { SetExperimentTeamInput } from '../dto/experiments.inputs.js';

/** An experiment's owner and team: part of its frame, the owner's or a manager's call. */
@Injectable()
export class TeamService {
  constructor(private readonly experiments: ExperimentsService) {}
  async set(actor: Actor, input: SetExperimentTeamInput): Promise<ExperimentEntity> {
    const members = [...new Set([input.ownerId, ...input.memberIds])];
    assertValid(
      new Check().rule('memberIds', members.length <= Limits.TEAM_MAX, 'tooMany', { max: Limits.TEAM_MAX }),
    );
    // Choosing the owner and the team is part of the frame: the owner's or a manager's call.
    return this.experiments.change(actor, input, 'setTeam', async (m, e) => {
      await this.experiments.samePeople(m, actor, members, 'memberIds');
      await this.experiments.assertOwner(m, actor, input.ownerId);
      const before = {
        ownerId: e.ownerId,
        team: (await m.findBy(ExperimentMemberEntity, { experimentId: e.id })).map((t) => t.personId),
      };
      const sorted = (ids: string[]) => [...ids].sort();
      if (
        before.ownerId === input.ownerId &&
        sameValues({ team: sorted(before.team) }, { team: sorted(members) })
      )
        return null;
      await m.delete(ExperimentMemberEntity, { experimentId: e.id });
      await m.insert(
        ExperimentMemberEntity,
        members.map((personId) => ({ experimentId: e.id, personId, organisationId: e.organisationId })),
      );
      e.ownerId = input.ownerId;
      return { action: 'experiment.team', before, after: { ownerId: e.ownerId, team: members } };
    });
  }
}
