import type pg from 'pg';

/**
 * The three database roles Lærekraft works with. Row-level security only holds if the
 * application is not the tables' owner, not a superuser and cannot bypass RLS:
 *
 * - OWNER runs the migrations and owns every table and function. It may bypass RLS,
 *   because the few SECURITY DEFINER functions (session lookup, network membership)
 *   must read across organisations.
 * - APP is what the running API connects as: owns nothing, cannot bypass RLS, gets
 *   SELECT/INSERT/UPDATE/DELETE from the migrations.
 * - DOOR has no login; APP may `SET LOCAL ROLE` to it inside `Db.door()`, the one named
 *   door for the unscoped paths listed in docs/security.md. It may bypass RLS.
 */
export const DbRoles = {
  OWNER: 'laerekraft_owner',
  APP: 'laerekraft_app',
  DOOR: 'laerekraft_door',
} as const;

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Creates the roles when they are missing (needs a superuser connection: the embedded
 * server and the tests have one; with DATABASE_URL an operator runs the same SQL once,
 * see docs/development.md). Passwords are only set on creation.
 */
export async function ensureRoles(
  admin: pg.Client,
  passwords: { owner: string; app: string },
): Promise<void> {
  await admin.query(`DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${DbRoles.OWNER}') THEN
    CREATE ROLE ${DbRoles.OWNER} LOGIN NOSUPERUSER BYPASSRLS PASSWORD ${quote(passwords.owner)};
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${DbRoles.APP}') THEN
    CREATE ROLE ${DbRoles.APP} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${quote(passwords.app)};
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${DbRoles.DOOR}') THEN
    CREATE ROLE ${DbRoles.DOOR} NOLOGIN NOSUPERUSER BYPASSRLS;
  END IF;
END $$`);
  // APP may SET ROLE to DOOR inside Db.door, but never holds DOOR's privileges otherwise
  // (PostgreSQL 16+ keeps that per grant; 15 by the role's NOINHERIT).
  await admin.query(`ALTER ROLE ${DbRoles.APP} NOINHERIT`);
  const [{ v }] = (await admin.query(`SELECT current_setting('server_version_num')::int AS v`)).rows;
  await admin.query(
    `GRANT ${DbRoles.DOOR} TO ${DbRoles.APP}${v >= 160000 ? ' WITH INHERIT FALSE, SET TRUE' : ''}`,
  );
  // No request may hold a transaction or a statement open for long.
  await admin.query(`ALTER ROLE ${DbRoles.APP} SET idle_in_transaction_session_timeout = '30s'`);
  await admin.query(`ALTER ROLE ${DbRoles.APP} SET statement_timeout = '30s'`);
}

/**
 * Makes OWNER the owner of a database and of what is in its public schema. A database
 * created before the roles existed (an older `.data/`) had everything owned by the
 * superuser; this moves it over so migrations can run as OWNER. Connect to that database.
 */
export async function adoptOwnership(client: pg.Client, database: string): Promise<void> {
  await client.query(`ALTER DATABASE "${database.replace(/"/g, '')}" OWNER TO ${DbRoles.OWNER}`);
  await client.query(`ALTER SCHEMA public OWNER TO ${DbRoles.OWNER}`);
  const { rows } = await client.query<{ name: string }>(
    `SELECT quote_ident(c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v') AND pg_get_userbyid(c.relowner) <> $1`,
    [DbRoles.OWNER],
  );
  for (const r of rows) await client.query(`ALTER TABLE public.${r.name} OWNER TO ${DbRoles.OWNER}`);
}
