import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../../data-source.js';
import { pendingSchemaChanges } from '../schema-drift.js';
import { createTestDatabase } from '../../../testing/test-database.js';
import { ENTITIES } from '../../../entities.js';

describe('migrations on an empty database (real PostgreSQL)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let ds: DataSource;
  const tables = async () =>
    (
      await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'typeorm_migrations' ORDER BY 1`,
      )
    ).map((r: { table_name: string }) => r.table_name);

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
    ds = createDataSource(db.ownerUrl);
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('go up and create every mapped table', async () => {
    expect(await tables()).toEqual([]);
    const ran = await ds.runMigrations();
    expect(ran.length).toBe(ds.migrations.length);
    const mapped = ENTITIES.map((e) => ds.getMetadata(e).tableName).sort();
    expect(await tables()).toEqual(mapped);
  });

  it('describe exactly what the entities map: no drift', async () => {
    const { up } = await pendingSchemaChanges(ds);
    expect(up).toEqual([]);
  });

  it('go all the way down and up again', async () => {
    for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration();
    expect(await tables()).toEqual([]);
    await ds.runMigrations();
    expect((await pendingSchemaChanges(ds)).up).toEqual([]);
  });
});
