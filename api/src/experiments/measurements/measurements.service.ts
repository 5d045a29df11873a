import { Injectable } from '@nestjs/common';
import { Check, Limits } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { assertValid } from '../../core/errors/domain-error.js';
import { MeasurementEntity } from '../experiment-parts.entity.js';
import { ExperimentsService } from '../experiments.service.js';
import type { AddMeasurementInput } from '../dto/experiments.inputs.js';

/** Readings of an experiment's metric over time, against its baseline and target. */
@Injectable()
export class MeasurementsService {
  constructor(private readonly experiments: ExperimentsService) {}
  async add(actor: Actor, input: AddMeasurementInput): Promise<MeasurementEntity> {
    assertValid(
      new Check()
        .date('measuredOn', input.measuredOn, true)
        .rule('value', Number.isFinite(input.value), 'invalidNumber')
        .text('note', input.note, Limits.SHORT_TEXT_MAX),
    );
    return this.experiments.append(actor, input.experimentId, 'edit', async (m, e) => {
      const r = await m.save(
        MeasurementEntity,
        m.create(MeasurementEntity, {
          organisationId: e.organisationId,
          experimentId: e.id,
          measuredOn: input.measuredOn,
          value: input.value,
          note: (input.note ?? '').trim(),
          recordedById: actor.personId,
        }),
      );
      return {
        result: r,
        action: 'experiment.measurement.added',
        after: { measuredOn: r.measuredOn, value: r.value },
      };
    });
  }
}
