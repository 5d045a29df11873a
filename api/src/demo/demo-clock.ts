import type { Db } from '../core/database/db.service.js';

/**
 * Every timestamp column a demo step may write, by table. A step's rows (and the rows it
 * touched) carry the time the seeder ran; `DemoClock.at` moves them to the day the story says.
 */
const STAMPED: Record<string, string[]> = {
  audit_events: ['at'],
  ideas: ['created_at', 'updated_at', 'submitted_at', 'decided_at'],
  idea_comments: ['created_at'],
  experiments: ['created_at', 'updated_at', 'started_at', 'ended_at'],
  experiment_members: ['created_at'],
  experiment_partners: ['created_at'],
  union_involvements: ['created_at'],
  measurements: ['created_at'],
  learning_entries: ['created_at', 'updated_at'],
  notifications: ['created_at'],
  lessons: ['created_at', 'updated_at', 'published_at'],
  adoptions: ['created_at', 'updated_at'],
  challenges: ['created_at', 'updated_at'],
  network_pins: ['created_at', 'updated_at'],
  network_memberships: ['invited_at', 'responded_at'],
};

/**
 * The demo's calendar: each step of the story happens on its own day, in order, so a
 * timeline reads like weeks of work (created before started before measured before
 * concluded), not like one minute of seeding.
 */
export class DemoClock {
  private step = 0;

  constructor(
    private readonly db: Db,
    private readonly now: Date = new Date(),
  ) {}

  /** The moment `daysAgo` days before now, in working hours, later than the day's earlier steps. */
  moment(daysAgo: number): Date {
    const d = new Date(this.now.getTime() - daysAgo * 86400_000);
    d.setUTCHours(8, 0, 0, 0);
    return new Date(d.getTime() + (this.step++ % 48) * 7 * 60_000);
  }

  /** The date `daysAgo` days before now (YYYY-MM-DD); negative is ahead. */
  date(daysAgo: number): string {
    return new Date(this.now.getTime() - daysAgo * 86400_000).toISOString().slice(0, 10);
  }

  /** Runs `work` and moves every timestamp it wrote to `daysAgo` days ago. */
  async at<T>(daysAgo: number, work: () => Promise<T>): Promise<T> {
    const { since } = (await this.db.door('demo-seed', (m) => m.query('SELECT now() AS since')))[0] as {
      since: Date;
    };
    const result = await work();
    const when = this.moment(daysAgo);
    await this.db.door('demo-seed', async (m) => {
      for (const [table, columns] of Object.entries(STAMPED))
        for (const c of columns)
          await m.query(`UPDATE ${table} SET ${c} = $1 WHERE ${c} >= $2`, [when, since]);
    });
    return result;
  }
}
