import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'laerekraft_app';
const ORG = `NULLIF(current_setting('app.organisation_id', true), '')::uuid`;
const FUNCTIONS = [
  'app_network_ids()',
  'app_coordinated_network_ids()',
  'app_network_coordinator_ids()',
  'app_session_actor(text)',
];

/**
 * Closes what a review found row-level security did not refuse on its own:
 * - a network's coordinator counted across the border only if they belong to the
 *   organisation that runs it (an organisation could name any person as the coordinator
 *   of a network of its own and so read them);
 * - only the organisation that runs a network adds or removes its memberships; a member
 *   answers an invitation by changing its status, nothing else (it could join any network);
 * - the organisation registry, the audit trail and entry revisions are not for the app to
 *   rewrite (the registry is written through the door only; the others are append-only);
 * - the SECURITY DEFINER functions search pg_temp last, so a temporary table cannot
 *   stand in for one of theirs.
 */
export class TightenRowLevelSecurity1796130000000 implements MigrationInterface {
  name = 'TightenRowLevelSecurity1796130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION app_network_coordinator_ids() RETURNS uuid[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
        SELECT coalesce(array_agg(DISTINCT n.coordinator_id), '{}') FROM public.networks n
          JOIN public.persons p ON p.id = n.coordinator_id AND p.organisation_id = n.organisation_id
         WHERE n.id = ANY(public.app_network_ids()) $$`);
    for (const f of FUNCTIONS)
      await q.query(`ALTER FUNCTION ${f} SET search_path = pg_catalog, public, pg_temp`);

    const own = `organisation_id = ${ORG}`;
    const coordinated = `network_id = ANY((SELECT app_coordinated_network_ids())::uuid[])`;
    await q.query(`DROP POLICY tenant ON network_memberships`);
    await q.query(`CREATE POLICY see ON network_memberships FOR SELECT USING (${own} OR ${coordinated})`);
    await q.query(`CREATE POLICY invite ON network_memberships FOR INSERT WITH CHECK (${coordinated})`);
    await q.query(
      `CREATE POLICY answer ON network_memberships FOR UPDATE USING (${own} OR ${coordinated}) WITH CHECK (${own} OR ${coordinated})`,
    );
    await q.query(`CREATE POLICY remove ON network_memberships FOR DELETE USING (${coordinated})`);
    await q.query(`REVOKE UPDATE ON network_memberships FROM ${APP}`);
    await q.query(
      `GRANT UPDATE (status, invited_by_id, invited_at, responded_by_id, responded_at) ON network_memberships TO ${APP}`,
    );

    await q.query(`REVOKE INSERT, UPDATE, DELETE ON organisations FROM ${APP}`);
    await q.query(`REVOKE UPDATE, DELETE ON audit_events, learning_entry_revisions FROM ${APP}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`GRANT UPDATE, DELETE ON audit_events, learning_entry_revisions TO ${APP}`);
    await q.query(`GRANT INSERT, UPDATE, DELETE ON organisations TO ${APP}`);
    await q.query(
      `REVOKE UPDATE (status, invited_by_id, invited_at, responded_by_id, responded_at) ON network_memberships FROM ${APP}`,
    );
    await q.query(`GRANT UPDATE ON network_memberships TO ${APP}`);
    for (const p of ['see', 'invite', 'answer', 'remove'])
      await q.query(`DROP POLICY ${p} ON network_memberships`);
    const own = `organisation_id = ${ORG}`;
    const coordinated = `network_id = ANY((SELECT app_coordinated_network_ids())::uuid[])`;
    await q.query(
      `CREATE POLICY tenant ON network_memberships USING (${own} OR ${coordinated}) WITH CHECK (${own} OR ${coordinated})`,
    );
    for (const f of FUNCTIONS) await q.query(`ALTER FUNCTION ${f} SET search_path = pg_catalog, public`);
    await q.query(`CREATE OR REPLACE FUNCTION app_network_coordinator_ids() RETURNS uuid[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT coalesce(array_agg(DISTINCT n.coordinator_id), '{}') FROM networks n
         WHERE n.id = ANY(app_network_ids()) $$`);
  }
}
