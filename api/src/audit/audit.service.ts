import { Injectable, Optional } from '@nestjs/common';
import { DomainEvents } from '../core/events/domain-events.js';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity.js';

export interface AuditRecord {
  organisationId: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/**
 * Writes audit rows inside the caller's transaction, so a change and its record stand or fall
 * together; then hands the record to the domain-event listeners in the same transaction
 * (notifications fan out to followers from here).
 */
@Injectable()
export class AuditService {
  constructor(@Optional() private readonly events?: DomainEvents) {}

  async record(m: EntityManager, rec: AuditRecord): Promise<void> {
    const row: Partial<AuditEventEntity> = {
      ...rec,
      before: rec.before ?? null,
      after: rec.after ?? null,
      reason: rec.reason ?? null,
    };
    await m.insert(AuditEventEntity, row as never);
    await this.events?.dispatch(m, rec);
  }
}
