import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { Check, Limits, wouldCreateCycle } from '@laerekraft/shared';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import { DomainError, assertValid } from '../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { sameValues } from '../core/graphql/partial-update.js';
import { OrganisationsPolicy } from './organisations.policy.js';
import { UnitEntity } from './unit.entity.js';
import type {
  CreateUnitInput,
  MoveUnitInput,
  RenameUnitInput,
  UnitVersionInput,
} from './dto/organisations.inputs.js';

/** The unit tree of an organisation: create, rename, move (never into itself), archive, restore. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, includeArchived: boolean): Promise<UnitEntity[]> {
    if (!OrganisationsPolicy.canSeeUnitsOf(actor, actor.organisationId)) throw DomainError.forbidden();
    return this.db.run(actor.scope, (m) =>
      m.find(UnitEntity, {
        where: { organisationId: actor.organisationId, ...(includeArchived ? {} : { archivedAt: IsNull() }) },
        order: { name: 'ASC' },
      }),
    );
  }

  async create(actor: Actor, input: CreateUnitInput): Promise<UnitEntity> {
    this.mayManage(actor);
    assertValid(new Check().required('name', input.name, Limits.UNIT_NAME_MAX));
    return this.db.run(actor.scope, async (m) => {
      if (input.parentId) await this.activeParent(m, actor, input.parentId);
      const unit = await m.save(
        UnitEntity,
        m.create(UnitEntity, {
          organisationId: actor.organisationId,
          parentId: input.parentId ?? null,
          name: input.name.trim(),
        }),
      );
      await this.record(m, actor, unit, 'unit.created', null, { name: unit.name, parentId: unit.parentId });
      return unit;
    });
  }

  async rename(actor: Actor, input: RenameUnitInput): Promise<UnitEntity> {
    this.mayManage(actor);
    assertValid(new Check().required('name', input.name, Limits.UNIT_NAME_MAX));
    return this.change(actor, input, 'unit.renamed', async (_m, unit) => {
      unit.name = input.name.trim();
    });
  }

  async move(actor: Actor, input: MoveUnitInput): Promise<UnitEntity> {
    this.mayManage(actor);
    return this.change(actor, input, 'unit.moved', async (m, unit) => {
      if (input.parentId === undefined) return;
      const parentId = input.parentId;
      if (parentId && parentId !== unit.parentId) {
        await this.activeParent(m, actor, parentId);
        const rows = await m.find(UnitEntity, {
          where: { organisationId: actor.organisationId },
          select: { id: true, parentId: true },
        });
        const parents = new Map(rows.map((r) => [r.id, r.parentId]));
        if (wouldCreateCycle(unit.id, parentId, (id) => parents.get(id))) {
          throw DomainError.validation(
            [{ field: 'parentId', message: 'cycle' }],
            'A unit cannot be moved under itself or one of its own sub-units',
          );
        }
      }
      unit.parentId = parentId;
    });
  }

  async archive(actor: Actor, input: UnitVersionInput): Promise<UnitEntity> {
    this.mayManage(actor);
    return this.change(actor, input, 'unit.archived', async (m, unit) => {
      const activeChild = await m.findOne(UnitEntity, { where: { parentId: unit.id, archivedAt: IsNull() } });
      if (activeChild)
        throw DomainError.validation(
          [{ field: 'id', message: 'hasActiveChildren' }],
          'Archive or move the sub-units first',
        );
      unit.archivedAt ??= new Date();
    });
  }

  async restore(actor: Actor, input: UnitVersionInput): Promise<UnitEntity> {
    this.mayManage(actor);
    return this.change(actor, input, 'unit.restored', async (m, unit) => {
      if (unit.parentId) await this.activeParent(m, actor, unit.parentId);
      unit.archivedAt = null;
    });
  }

  private mayManage(actor: Actor) {
    if (!OrganisationsPolicy.canManageUnitsOf(actor, actor.organisationId))
      throw DomainError.forbidden('Only an innovation lead can change the unit tree');
  }

  /**
   * Loads the unit, checks the version the client saw, applies the change and records it;
   * a change that changes nothing (same name, same parent, already archived) writes nothing.
   */
  private change(
    actor: Actor,
    input: { id: string; version: number },
    action: string,
    apply: (m: EntityManager, unit: UnitEntity) => Promise<void>,
  ) {
    return this.db.run(actor.scope, async (m) => {
      const unit = await m.findOne(UnitEntity, {
        where: { id: input.id, organisationId: actor.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!unit) throw DomainError.notFound('The unit');
      if (unit.version !== input.version)
        throw DomainError.conflict('Someone else changed this unit in the meantime: reload and try again');
      const state = (u: UnitEntity) => ({ name: u.name, parentId: u.parentId, archivedAt: u.archivedAt });
      const before = state(unit);
      await apply(m, unit);
      if (sameValues(before, state(unit))) return unit;
      const saved = await m.save(unit);
      await this.record(m, actor, saved, action, before, state(saved));
      return saved;
    });
  }

  private async activeParent(m: EntityManager, actor: Actor, parentId: string): Promise<UnitEntity> {
    const parent = await m.findOneBy(UnitEntity, { id: parentId, organisationId: actor.organisationId });
    if (!parent)
      throw DomainError.validation(
        [{ field: 'parentId', message: 'unknownUnit' }],
        'The chosen parent unit does not exist in your organisation',
      );
    if (parent.archivedAt)
      throw DomainError.validation(
        [{ field: 'parentId', message: 'unitArchived' }],
        'The chosen parent unit is archived',
      );
    return parent;
  }

  private record(
    m: EntityManager,
    actor: Actor,
    unit: UnitEntity,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    return this.audit.record(m, {
      organisationId: unit.organisationId,
      actorId: actor.personId,
      entityType: 'unit',
      entityId: unit.id,
      action,
      before,
      after,
    });
  }
}
