import { Injectable } from '@nestjs/common';
import { Check, Limits } from '@laerekraft/shared';
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
    assertValid(
      new Check()
        .date('occurredOn', input.occurredOn, true)
        // An involvement is a record of what happened: it cannot be dated ahead.
        .rule(
          'occurredOn',
          !input.occurredOn || input.occurredOn <= new Date().toISOString().slice(0, 10),
          'dateInFuture',
        )
        .required('who', input.who, Limits.SHORT_TEXT_MAX)
        .required('whatWasSaid', input.whatWasSaid, Limits.TEXT_MAX),
    );
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
