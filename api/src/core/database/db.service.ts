import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Who a unit of database work is done for. */
export interface TenantScope {
  organisationId: string;
  personId: string;
}

/**
 * The one door to the database. Every unit of work runs in a transaction that first
 * sets `app.organisation_id` and `app.person_id` (transaction-local), so PostgreSQL
 * row-level security policies can rely on them once they are switched on, and audit
 * rows land in the same transaction as the change they describe.
 */
@Injectable()
export class Db {
  constructor(@Inject(DataSource) readonly dataSource: DataSource) {}

  run<T>(scope: TenantScope | null, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      if (scope) {
        await m.query(
          `SELECT set_config('app.organisation_id', $1, true), set_config('app.person_id', $2, true)`,
          [scope.organisationId, scope.personId],
        );
      }
      return work(m);
    });
  }
}
