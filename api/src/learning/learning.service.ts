import { Injectable } from '@nestjs/common';
import { Check, checkLearningEntry, todayIso, type LearningEntryKind } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { assertVersion } from '../core/errors/guards.js';
import { assertAllowed } from '../core/auth/authority.js';
import { patched, sameValues, trimmed } from '../core/graphql/partial-update.js';
import { AuditService } from '../audit/audit.service.js';
import { ExperimentsService } from '../experiments/experiments.service.js';
import { LearningEntryEntity, LearningEntryRevisionEntity } from './learning-entry.entity.js';
import { LearningPolicy } from './learning.policy.js';
import type { AddLearningEntryInput, EditLearningEntryInput } from './dto/learning.inputs.js';

/** The learning log: dated entries by the team; an edit keeps the earlier text as a revision. */
@Injectable()
export class LearningService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly experiments: ExperimentsService,
  ) {}

  async add(actor: Actor, input: AddLearningEntryInput): Promise<LearningEntryEntity> {
    const check = checkLearningEntry(new Check(), {
      kind: input.kind,
      text: input.text,
      promptId: input.promptId ?? null,
    }).date('entryDate', input.entryDate);
    check.notInFuture('entryDate', input.entryDate);
    assertValid(check);
    return this.db.run(actor.scope, async (m) => {
      const { experiment: e, facts } = await this.experiments.withFacts(m, actor, input.experimentId);
      assertAllowed(LearningPolicy.canAdd(actor, facts));
      const entry = await m.save(
        LearningEntryEntity,
        m.create(LearningEntryEntity, {
          organisationId: e.organisationId,
          experimentId: e.id,
          authorId: actor.personId,
          kind: input.kind,
          text: input.text.trim(),
          promptId: input.promptId ?? null,
          entryDate: input.entryDate ?? todayIso(),
        }),
      );
      await this.audit.record(m, {
        organisationId: e.organisationId,
        actorId: actor.personId,
        entityType: 'experiment',
        entityId: e.id,
        action: 'experiment.log.added',
        after: { entryId: entry.id, kind: entry.kind },
      });
      return entry;
    });
  }

  /** Changes only the fields given; nothing changed, nothing written (no revision, no audit row, same version). */
  async edit(actor: Actor, input: EditLearningEntryInput): Promise<LearningEntryEntity> {
    return this.db.run(actor.scope, async (m) => {
      const entry = await m.findOne(LearningEntryEntity, {
        where: { id: input.id, organisationId: actor.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!entry) throw DomainError.notFound('The learning log entry');
      const { facts } = await this.experiments.withFacts(m, actor, entry.experimentId);
      assertAllowed(LearningPolicy.rules(actor, entry, facts).edit, () =>
        assertVersion(entry, input.version, 'The entry'),
      );
      const check = new Check();
      const next = {
        kind: patched<LearningEntryKind>(check, 'kind', input.kind, entry.kind, { refuse: 'cannotClear' }),
        text: patched(check, 'text', trimmed(input.text), entry.text, { refuse: 'required' }),
        promptId: patched(check, 'promptId', input.promptId, entry.promptId, { clearTo: null }),
      };
      assertValid(checkLearningEntry(check, next));
      const before = { kind: entry.kind, text: entry.text, promptId: entry.promptId };
      if (sameValues(before, next)) return entry;
      await m.insert(LearningEntryRevisionEntity, {
        organisationId: entry.organisationId,
        entryId: entry.id,
        version: entry.version,
        kind: entry.kind,
        text: entry.text,
        promptId: entry.promptId,
        editedById: actor.personId,
      });
      Object.assign(entry, next);
      const saved = await m.save(entry);
      await this.audit.record(m, {
        organisationId: entry.organisationId,
        actorId: actor.personId,
        entityType: 'experiment',
        entityId: entry.experimentId,
        action: 'experiment.log.edited',
        before: { entryId: entry.id, ...before },
        after: { entryId: entry.id, kind: saved.kind, text: saved.text, promptId: saved.promptId },
      });
      return saved;
    });
  }
}
