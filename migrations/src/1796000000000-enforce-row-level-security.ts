import type { MigrationInterface, QueryRunner } from 'typeorm';

// Role names are fixed: see api/src/core/database/roles.ts and docs/security.md.
const APP = 'laerekraft_app';
const DOOR = 'laerekraft_door';

/** The tenant of the current transaction; NULL (sees nothing) when unset or reset to ''. */
const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;

/** Tables whose rows belong to exactly one organisation and are seen only inside it. */
const TENANT_TABLES = [
  'audit_events',
  'invitations',
  'units',
  'role_assignments',
  'sessions',
  'ideas',
  'idea_backings',
  'idea_comments',
  'experiments',
  'experiment_members',
  'experiment_partners',
  'union_involvements',
  'measurements',
  'learning_entries',
  'learning_entry_revisions',
  'notifications',
];

/**
 * Row-level security, enabled and forced, on every table that carries organisation_id,
 * keyed on `app.organisation_id`. Sharing across organisations (networks now, lessons
 * next) is written as `= ANY((SELECT f())::uuid[])` over a SECURITY DEFINER function, which
 * the planner evaluates once per statement, not as a per-row subquery.
 */
export class EnforceRowLevelSecurity1796000000000 implements MigrationInterface {
  name = 'EnforceRowLevelSecurity1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP}, ${DOOR}`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP}, ${DOOR}`);
    // The app may see which migrations ran (it refuses to start behind), never change them.
    await q.query(`REVOKE ALL ON typeorm_migrations FROM ${APP}, ${DOOR}`);
    await q.query(`GRANT SELECT ON typeorm_migrations TO ${APP}`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP}, ${DOOR}`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC`);

    // Networks the current organisation runs, or belongs to or is invited to.
    await q.query(`CREATE FUNCTION app_network_ids() RETURNS uuid[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT coalesce(array_agg(id), '{}') FROM (
          SELECT n.id FROM networks n WHERE n.organisation_id = ${ORG}
          UNION
          SELECT mm.network_id FROM network_memberships mm
           WHERE mm.organisation_id = ${ORG} AND mm.status IN ('INVITED', 'MEMBER')) s $$`);
    // Networks the current organisation runs (it invites and removes members).
    await q.query(`CREATE FUNCTION app_coordinated_network_ids() RETURNS uuid[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT coalesce(array_agg(n.id), '{}') FROM networks n WHERE n.organisation_id = ${ORG} $$`);
    // The coordinators of those networks: the one kind of person seen across the border.
    await q.query(`CREATE FUNCTION app_network_coordinator_ids() RETURNS uuid[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT coalesce(array_agg(DISTINCT n.coordinator_id), '{}') FROM networks n
         WHERE n.id = ANY(app_network_ids()) $$`);
    // The session behind a token hash; it also sets the tenant, so a request needs no second statement.
    await q.query(`CREATE FUNCTION app_session_actor(p_token_hash text)
      RETURNS TABLE (person_id uuid, organisation_id uuid, platform_admin boolean, roles json)
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      #variable_conflict use_column
      DECLARE v record;
      BEGIN
        SELECT p.id, p.organisation_id, p.platform_admin,
               coalesce(json_agg(json_build_object('role', r.role, 'unitId', r.unit_id)) FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
          INTO v
          FROM sessions s
          JOIN persons p ON p.id = s.person_id AND p.deactivated_at IS NULL
          LEFT JOIN role_assignments r ON r.person_id = p.id
         WHERE s.token_hash = p_token_hash::character(64) AND s.expires_at > now()
         GROUP BY p.id;
        IF v.id IS NULL THEN RETURN; END IF;
        PERFORM set_config('app.organisation_id', v.organisation_id::text, true),
                set_config('app.person_id', v.id::text, true);
        person_id := v.id; organisation_id := v.organisation_id;
        platform_admin := v.platform_admin; roles := v.roles;
        RETURN NEXT;
      END $$`);
    for (const f of [
      'app_network_ids()',
      'app_coordinated_network_ids()',
      'app_network_coordinator_ids()',
      'app_session_actor(text)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${f} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${f} TO ${APP}, ${DOOR}`);
    }

    const own = `organisation_id = ${ORG}`;
    for (const t of TENANT_TABLES) {
      await q.query(`CREATE POLICY tenant ON ${t} USING (${own}) WITH CHECK (${own})`);
    }
    await q.query(`CREATE POLICY tenant ON persons USING (${own}) WITH CHECK (${own})`);
    await q.query(
      `CREATE POLICY network_coordinator ON persons FOR SELECT USING (id = ANY((SELECT app_network_coordinator_ids())::uuid[]))`,
    );
    await q.query(`CREATE POLICY tenant ON networks USING (${own}) WITH CHECK (${own})`);
    await q.query(
      `CREATE POLICY network_member ON networks FOR SELECT USING (id = ANY((SELECT app_network_ids())::uuid[]))`,
    );
    const coordinated = `network_id = ANY((SELECT app_coordinated_network_ids())::uuid[])`;
    await q.query(
      `CREATE POLICY tenant ON network_memberships USING (${own} OR ${coordinated}) WITH CHECK (${own} OR ${coordinated})`,
    );
    await q.query(
      `CREATE POLICY network_member ON network_memberships FOR SELECT USING (network_id = ANY((SELECT app_network_ids())::uuid[]))`,
    );
    for (const t of [...TENANT_TABLES, 'persons', 'networks', 'network_memberships']) {
      await q.query(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
    }

    // Keyset lists sort newest first inside one organisation.
    await q.query(
      `CREATE INDEX "ix_ideas_organisation_created" ON "ideas" ("organisation_id", "created_at" DESC, "id" DESC)`,
    );
    await q.query(
      `CREATE INDEX "ix_experiments_organisation_created" ON "experiments" ("organisation_id", "created_at" DESC, "id" DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_experiments_organisation_created"`);
    await q.query(`DROP INDEX "ix_ideas_organisation_created"`);
    for (const t of [...TENANT_TABLES, 'persons', 'networks', 'network_memberships']) {
      await q.query(`ALTER TABLE ${t} NO FORCE ROW LEVEL SECURITY`);
      await q.query(`ALTER TABLE ${t} DISABLE ROW LEVEL SECURITY`);
      await q.query(`DROP POLICY tenant ON ${t}`);
    }
    await q.query(`DROP POLICY network_coordinator ON persons`);
    await q.query(`DROP POLICY network_member ON networks`);
    await q.query(`DROP POLICY network_member ON network_memberships`);
    await q.query(`DROP FUNCTION app_session_actor(text)`);
    await q.query(`DROP FUNCTION app_network_coordinator_ids()`);
    await q.query(`DROP FUNCTION app_coordinated_network_ids()`);
    await q.query(`DROP FUNCTION app_network_ids()`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO PUBLIC`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP}, ${DOOR}`,
    );
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP}, ${DOOR}`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${APP}, ${DOOR}`);
  }
}
