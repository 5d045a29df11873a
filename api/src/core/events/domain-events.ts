import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A change that happened, as the audit trail records it (`action` is `<entity>.<verb>`). */
export interface DomainEvent {
  organisationId: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/** Runs inside the transaction of the change: what it writes stands or falls with the change. */
export type DomainEventListener = (m: EntityManager, event: DomainEvent) => Promise<void>;

/**
 * The in-transaction dispatcher for recorded changes. The audit trail dispatches every
 * record here; features listen (notifications fan out to followers) without core or the
 * audit knowing them. A listener that fails fails the change, as any other statement would.
 */
@Injectable()
export class DomainEvents {
  private readonly listeners: DomainEventListener[] = [];

  listen(listener: DomainEventListener): void {
    this.listeners.push(listener);
  }

  async dispatch(m: EntityManager, event: DomainEvent): Promise<void> {
    for (const listener of this.listeners) await listener(m, event);
  }
}
