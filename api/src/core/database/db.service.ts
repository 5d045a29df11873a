import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { logger } from '../logging/logger.js';
import { DbRoles } from './roles.js';

/** Who a unit of database work is done for. */
export interface TenantScope {
  organisationId: string;
  personId: string;
}

/**
 * The legitimate reasons to work outside one organisation's scope, each explained in
 * docs/security.md. A test keeps the call sites of `Db.door` to this list.
 */
export type DoorReason =
  /** Find the person behind an e-mail before anyone is signed in. */
  | 'login'
  /** Read, and accept, an invitation by its token before the invitee has an account. */
  | 'invitation'
  /** Create the demo organisations, their people and the demo network on start. */
  | 'demo-seed'
  /** The operator registers a new organisation and its first innovation lead. */
  | 'organisation-registry';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Values are inlined so the tenant can ride on the statement that opens the transaction. */
function tenantSql(scope: TenantScope): string {
  if (!UUID.test(scope.organisationId) || !UUID.test(scope.personId))
    throw new Error('A tenant scope must be two canonical uuids');
  return `SELECT set_config('app.organisation_id', '${scope.organisationId}', true), set_config('app.person_id', '${scope.personId}', true)`;
}

/**
 * Work refused because its unit of work has ended. When the client went away (`abandoned`),
 * that is the expected end of what was still running for it, not a fault: it is logged at
 * debug. Otherwise code used a transaction after it committed or rolled back: a bug.
 */
export class UnitOfWorkEndedError extends Error {
  constructor(readonly abandoned: boolean) {
    super(
      abandoned
        ? 'The client went away: this unit of work was rolled back'
        : 'This unit of work has already ended',
    );
    this.name = 'UnitOfWorkEndedError';
  }
}

/** Whether `e` is what work still running for a request gets once its client has gone away. */
export function isAbandonedWork(e: unknown): boolean {
  return e instanceof UnitOfWorkEndedError && e.abandoned;
}

const keyOf = (s: TenantScope | null) => (s ? `${s.organisationId}/${s.personId}` : null);

/**
 * One transaction on one connection, opened on first use. A GraphQL request has one
 * (read-only for queries); outside a request each `Db.run` makes its own. The tenant is
 * set on the statement that opens it, or once when it becomes known (after sign-in).
 */
export class UnitOfWork {
  readOnly = false;
  private runner: QueryRunner | null = null;
  private ready: Promise<QueryRunner> | null = null;
  private tenant: string | null = null;
  private ended = false;
  private abandoned = false;
  private readonly hooks: Array<() => unknown> = [];

  constructor(private readonly dataSource: DataSource) {}

  manager(scope: TenantScope | null): Promise<EntityManager> {
    if (this.ended) return Promise.reject(new UnitOfWorkEndedError(this.abandoned));
    const key = keyOf(scope);
    if (!this.ready) {
      this.tenant = key;
      this.ready = this.begin(scope);
    } else if (scope && key !== this.tenant) {
      // The scope became known (sign-in) or changed (signing in as someone else): set it once more.
      this.tenant = key;
      this.ready = this.ready.then(async (r) => {
        await r.query(tenantSql(scope));
        return r;
      });
    }
    return this.ready.then((r) => r.manager);
  }

  /** The tenant the last `set_config` named; a SECURITY DEFINER session lookup sets it itself. */
  tenantSetBy(scope: TenantScope): void {
    this.tenant = keyOf(scope);
  }

  afterCommit(hook: () => unknown): void {
    this.hooks.push(hook);
  }

  /**
   * The client went away before the answer (a closed connection, an aborted fetch): roll back,
   * and let what is still running for it fail quietly (UnitOfWorkEndedError, `abandoned`).
   */
  async abandon(): Promise<void> {
    if (this.ended) return;
    this.abandoned = true;
    const opened = this.ready !== null;
    await this.finish(false);
    if (opened) logger.debug('the client went away: its request transaction was rolled back');
  }

  /** Commits (or rolls back) and releases the connection; after a commit, runs the hooks. */
  async finish(commit: boolean): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    if (!this.ready) return;
    let r: QueryRunner;
    try {
      r = await this.ready;
    } catch {
      // It failed on the way (opening, or setting the tenant after a failed statement): make
      // sure no transaction goes back to the pool with the connection.
      const runner = this.runner;
      if (runner && !runner.isReleased) {
        await runner.query('ROLLBACK').catch(() => undefined);
        await runner.release().catch(() => undefined);
      }
      return;
    }
    try {
      if (commit) await r.commitTransaction();
      else await r.rollbackTransaction();
    } catch (e) {
      if (commit) {
        await r.rollbackTransaction().catch(() => undefined);
        throw e;
      }
    } finally {
      await r.release();
    }
    if (commit) for (const hook of this.hooks) await Promise.resolve().then(hook).catch(logHookError);
  }

  private async begin(scope: TenantScope | null): Promise<QueryRunner> {
    const r = this.dataSource.createQueryRunner();
    this.runner = r;
    // Resolvers and DataLoader batches share this one connection: send their statements
    // one after another (pg stops queueing concurrent queries itself in its next major).
    const send = r.query.bind(r);
    let queue: Promise<unknown> = Promise.resolve();
    // Once the unit of work is ending, a late statement is refused rather than run after
    // the ROLLBACK, in autocommit.
    r.query = ((...args: Parameters<QueryRunner['query']>) => {
      if (this.ended && !/^(COMMIT|ROLLBACK)$/.test(String(args[0])))
        return Promise.reject(new UnitOfWorkEndedError(this.abandoned));
      const next = queue.then(() => send(...args));
      queue = next.catch(() => undefined);
      return next;
    }) as QueryRunner['query'];
    await r.connect();
    const start = `START TRANSACTION${this.readOnly ? ' READ ONLY' : ''}`;
    await r.query(scope ? `${start}; ${tenantSql(scope)}` : start);
    // Opened in one round trip with the tenant, so tell TypeORM a transaction is active
    // (as startTransaction would): save() then joins it instead of committing its own.
    const state = r as unknown as { isTransactionActive: boolean; transactionDepth: number };
    state.isTransactionActive = true;
    state.transactionDepth = 1;
    return r;
  }
}

/**
 * Ends `uow` when the response closes. Closed before it was all sent, the client went away
 * (abandon: roll back, quietly); after, whatever was left open is rolled back.
 */
export function endWithResponse(uow: UnitOfWork, res: ServerResponse): void {
  res.once('close', () => {
    const end = res.writableFinished ? uow.finish(false) : uow.abandon();
    void end.catch((e: unknown) => logger.warn({ err: e }, 'the request transaction did not roll back'));
  });
}

function logHookError(e: unknown) {
  logger.error({ err: e }, 'an after-commit hook failed');
}

/**
 * The one door to the database. Work runs in the current unit of work (the request's
 * transaction, shared by resolvers and every DataLoader batch) or, outside a request, in
 * a transaction of its own. Row-level security keys on `app.organisation_id`, set once.
 */
@Injectable()
export class Db implements OnModuleDestroy {
  private readonly current = new AsyncLocalStorage<UnitOfWork>();
  private doorSource: Promise<DataSource> | null = null;

  constructor(@Inject(DataSource) readonly dataSource: DataSource) {}

  /** Runs `next` (and everything it starts) inside one unit of work; used per GraphQL request. */
  withUnitOfWork<T>(uow: UnitOfWork, next: () => T): T {
    return this.current.run(uow, next);
  }

  unitOfWork(): UnitOfWork | undefined {
    return this.current.getStore();
  }

  newUnitOfWork(): UnitOfWork {
    return new UnitOfWork(this.dataSource);
  }

  async run<T>(scope: TenantScope | null, work: (m: EntityManager) => Promise<T>): Promise<T> {
    const uow = this.current.getStore();
    if (uow) return work(await uow.manager(scope));
    const own = this.newUnitOfWork();
    return this.current.run(own, async () => {
      let result: T;
      try {
        result = await work(await own.manager(scope));
      } catch (e) {
        await own.finish(false);
        throw e;
      }
      await own.finish(true);
      return result;
    });
  }

  /** Runs `hook` once the current unit of work has committed (never if it rolls back). */
  afterCommit(hook: () => unknown): void {
    const uow = this.current.getStore();
    // The hook runs outside the ended unit of work, so it may use the database afresh.
    const outside = () => this.current.exit(hook);
    if (uow) uow.afterCommit(outside);
    else void Promise.resolve().then(outside).catch(logHookError);
  }

  /**
   * The named door for work no single organisation's scope can do (see DoorReason and
   * docs/security.md). Its own short transaction on its own small pool, as a role that
   * bypasses row-level security, so the request's transaction never does.
   */
  async door<T>(reason: DoorReason, work: (m: EntityManager) => Promise<T>): Promise<T> {
    const ds = await this.doorDataSource();
    return ds.transaction(async (m) => {
      // Short timeouts: the door's pool is small and shared by every organisation's sign-ins.
      await m.query(
        `SET LOCAL ROLE ${DbRoles.DOOR}; SET LOCAL application_name = 'laerekraft door: ${reason}'; SET LOCAL lock_timeout = '2s'; SET LOCAL statement_timeout = '5s'`,
      );
      return work(m);
    });
  }

  async onModuleDestroy(): Promise<void> {
    if (this.doorSource) await (await this.doorSource).destroy();
  }

  private doorDataSource(): Promise<DataSource> {
    this.doorSource ??= (async () => {
      const o = this.dataSource.options as { extra?: Record<string, unknown> };
      const ds = new DataSource({
        ...this.dataSource.options,
        extra: { ...o.extra, max: 2 },
        migrationsRun: false,
      } as never);
      return ds.initialize();
    })();
    return this.doorSource;
  }
}
