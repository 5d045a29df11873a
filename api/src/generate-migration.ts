/**
 * Writes a new migration with the SQL that brings the database from the existing
 * migrations to the current entities: `npm run migration:generate -w api -- add-ideas`.
 * Read the generated file before committing it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './core/config/config.js';
import { createDataSource } from './data-source.js';
import { startThrowawayPostgres } from './core/database/throwaway-postgres.js';
import { pendingSchemaChanges } from './core/database/schema-drift.js';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) {
  console.error('Give the migration a kebab-case name that starts with a verb, e.g. create-identity');
  process.exit(1);
}
const pg = await startThrowawayPostgres();
try {
  await pg.ensureDatabase('generate');
  const ds = createDataSource(pg.roleUrl('generate', 'owner'));
  await ds.initialize();
  await ds.runMigrations();
  const { up, down } = await pendingSchemaChanges(ds);
  await ds.destroy();
  if (up.length === 0) {
    console.log('Entities and migrations agree: nothing to generate.');
  } else {
    const ts = Date.now();
    const className = name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase()) + ts;
    const q = (s: string) =>
      '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const file = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${up.map((s) => `    await q.query(${q(s)});`).join('\n')}
  }

  async down(q: QueryRunner): Promise<void> {
${down.map((s) => `    await q.query(${q(s)});`).join('\n')}
  }
}
`;
    const base = `${ts}-${name}`;
    const dir = path.join(REPO_ROOT, 'migrations', 'src');
    writeFileSync(path.join(dir, `${base}.ts`), file);
    const indexPath = path.join(dir, 'index.ts');
    let index = readFileSync(indexPath, 'utf8');
    index = `import { ${className} } from './${base}.js';\n` + index;
    index = index.replace(
      /= \[(.*?)\];/s,
      (_, list: string) => `= [${list.trim() ? list.trim().replace(/,?$/, ',') + ' ' : ''}${className}];`,
    );
    writeFileSync(indexPath, index);
    console.log(`Wrote migrations/src/${base}.ts (${up.length} statements). Read it, then rebuild.`);
  }
} finally {
  await pg.stop();
}
