import { Injectable } from '@nestjs/common';
import { Check, Limits } from '@laerekraft/shared';
import type { Actor } from '../../core/auth/actor.js';
import { Db } from '../../core/database/db.service.js';
import { DomainError, assertValid } from '../../core/errors/domain-error.js';
import { OrganisationEntity } from '../../organisations/organisation.entity.js';
import { PartnerEntity } from '../experiment-parts.entity.js';
import type { ExperimentEntity } from '../experiment.entity.js';
import { ExperimentsService } from '../experiments.service.js';
import type { AddPartnerInput } from '../dto/experiments.inputs.js';

/** Who an experiment mobilises: citizens, business, the voluntary sector, other municipalities… */
@Injectable()
export class PartnersService {
  constructor(
    private readonly db: Db,
    private readonly experiments: ExperimentsService,
  ) {}
  async add(actor: Actor, input: AddPartnerInput): Promise<PartnerEntity> {
    assertValid(
      new Check()
        .required('name', input.name, Limits.ORGANISATION_NAME_MAX)
        .text('role', input.role, Limits.SHORT_TEXT_MAX, true),
    );
    return this.experiments.append(actor, input.experimentId, 'edit', async (m, e) => {
      if ((await m.countBy(PartnerEntity, { experimentId: e.id })) >= Limits.PARTNERS_MAX) {
        throw DomainError.validation(
          [{ field: 'experimentId', message: 'tooMany', params: { max: Limits.PARTNERS_MAX } }],
          `At most ${Limits.PARTNERS_MAX} partners`,
        );
      }
      if (
        input.partnerOrganisationId &&
        !(await m.existsBy(OrganisationEntity, { id: input.partnerOrganisationId }))
      ) {
        throw DomainError.validation(
          [{ field: 'partnerOrganisationId', message: 'unknownOrganisation' }],
          'The organisation does not exist',
        );
      }
      const p = await m.save(
        PartnerEntity,
        m.create(PartnerEntity, {
          organisationId: e.organisationId,
          experimentId: e.id,
          kind: input.kind,
          name: input.name.trim(),
          role: input.role.trim(),
          partnerOrganisationId: input.partnerOrganisationId ?? null,
        }),
      );
      return {
        result: p,
        action: 'experiment.partner.added',
        after: { kind: p.kind, name: p.name, role: p.role },
      };
    });
  }
  async remove(actor: Actor, partnerId: string): Promise<ExperimentEntity> {
    return this.db.run(actor.scope, async (m) => {
      const p = await m.findOneBy(PartnerEntity, { id: partnerId, organisationId: actor.organisationId });
      if (!p) throw DomainError.notFound('The partner');
      const e = await this.experiments.open(m, actor, p.experimentId, 'edit');
      await m.delete(PartnerEntity, { id: p.id });
      await this.experiments.record(
        m,
        actor,
        e,
        'experiment.partner.removed',
        { kind: p.kind, name: p.name, role: p.role },
        null,
      );
      return e;
    });
  }
}
