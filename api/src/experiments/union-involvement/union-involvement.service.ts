import { Injectable } from '@nestjs/common';
import { Check, checkUnionInvolvement } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { assertValid } from '../../core/errors/domain-error.js';
import { UnionInvolvementEntity } from '../experiment-parts.entity.js';
import { ExperimentsService } from '../experiments.service.js';
import type { RecordUnionInvolvementInput } from '../dto/experiments.inputs.js';

/** The involvement of union representatives (when, who, what was said), required before an employee-affecting trial starts. */
@Injectable()
export class UnionInvolvementService {
  constructor(private readonly experiments: ExperimentsService) {}
  async record(actor: Actor, input: RecordUnionInvolvementInput): Promise<UnionInvolvementEntity> {
    assertValid(checkUnionInvolvement(new Check(), input));
    return this.experiments.append(actor, input.experimentId, 'recordUnionInvolvement', async (m, e) => {
      const u = await m.save(
        UnionInvolvementEntity,
        m.create(UnionInvolvementEntity, {
          organisationId: e.organisationId,
          experimentId: e.id,
          occurredOn: input.occurredOn,
          who: input.who.trim(),
          whatWasSaid: input.whatWasSaid.trim(),
          recordedById: actor.personId,
        }),
      );
      return {
        result: u,
        action: 'experiment.union.recorded',
        after: { occurredOn: u.occurredOn, who: u.who },
      };
    });
  }
}
