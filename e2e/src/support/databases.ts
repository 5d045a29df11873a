import pg from 'pg';

/**
 * A fresh database on the run's PostgreSQL, so the shared e2e database is not touched:
 * the URLs of the application role (DATABASE_URL), of the owner role that runs migrations
 * (MIGRATION_DATABASE_URL), and of the superuser (for looking behind the app's back).
 */
export async function newDatabase(
  prefix: string,
): Promise<{ DATABASE_URL: string; MIGRATION_DATABASE_URL: string; admin: string }> {
  const admin = new pg.Client({ connectionString: process.env.E2E_PG_ADMIN_URL });
  await admin.connect();
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  try {
    await admin.query(`CREATE DATABASE ${name} OWNER laerekraft_owner`);
  } finally {
    await admin.end();
  }
  const as = (user?: string) => {
    const url = new URL(process.env.E2E_PG_ADMIN_URL!);
    url.pathname = `/${name}`;
    if (user) url.username = user; // the embedded server gives every role the same local password
    return url.toString();
  };
  return { DATABASE_URL: as('laerekraft_app'), MIGRATION_DATABASE_URL: as('laerekraft_owner'), admin: as() };
}
