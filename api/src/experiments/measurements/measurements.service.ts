import { Injectable } from '@nestjs/common';
import { Check, Limits, checkMeasurement, type FieldError } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { DomainError } from '../../core/errors/domain-error.js';
import { MeasurementEntity } from '../experiment-parts.entity.js';
import { ExperimentsService } from '../experiments.service.js';
import type { AddMeasurementInput } from '../dto/experiments.inputs.js';

/** Readings of an experiment's metric over time, against its baseline and target. */
@Injectable()
export class MeasurementsService {
  constructor(private readonly experiments: ExperimentsService) {}
  async add(actor: Actor, input: AddMeasurementInput): Promise<MeasurementEntity> {
    const check = checkMeasurement(new Check(), input);
    if (!check.ok) throw DomainError.validation(check.errors, refusalMessage(check.errors));
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

/** What to do, in English for API clients (the web app shows its own text per field key). */
function refusalMessage(errors: FieldError[]): string {
  const say: Partial<Record<FieldError['message'], string>> = {
    required: 'give a value',
    invalidDate: 'give a real date as YYYY-MM-DD',
    invalidNumber: 'give a number',
    dateInFuture: 'a reading cannot be dated after today',
    dateTooEarly: `date the reading in ${Limits.MEASURED_FROM_YEAR} or later`,
    numberTooLarge: `use at most ${Limits.METRIC_DIGITS_MAX} digits before the decimal point`,
  };
  return errors.map((e) => `${e.field}: ${say[e.message] ?? e.message}`).join('; ');
}
