import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Role } from '@laerekraft/shared';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { Db } from '../database/db.service.js';
import { Actor } from './actor.js';
import { SessionEntity } from './session.entity.js';

export const SESSION_COOKIE = 'lk_session';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Sessions live in PostgreSQL so any API instance can serve any request. The browser
 * holds a random token in a signed, HttpOnly, SameSite cookie; the table holds its hash.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(res: Response, personId: string, organisationId: string): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3600_000);
    await this.db.run(null, (m) =>
      m.insert(SessionEntity, { tokenHash: sha256(token), personId, organisationId, expiresAt }),
    );
    res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.production,
      signed: true,
      path: '/',
      expires: expiresAt,
    });
  }

  async end(req: Request, res: Response): Promise<void> {
    const token = this.tokenOf(req);
    if (token) await this.db.run(null, (m) => m.delete(SessionEntity, { tokenHash: sha256(token) }));
    res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.production,
      signed: true,
    });
  }

  /** The actor behind the request's cookie, or null for no, unknown or expired session. */
  async actorFor(req: Request): Promise<Actor | null> {
    const token = this.tokenOf(req);
    if (!token) return null;
    return this.loadActor(
      `JOIN sessions s ON s.person_id = p.id AND s.token_hash = $1 AND s.expires_at > now()`,
      sha256(token),
    );
  }

  /** The actor for a person who has just signed in. */
  actorForPerson(personId: string): Promise<Actor | null> {
    return this.loadActor('', personId, 'p.id = $1');
  }

  private async loadActor(join: string, param: string, where = 'TRUE'): Promise<Actor | null> {
    const rows: Array<{
      person_id: string;
      organisation_id: string;
      platform_admin: boolean;
      roles: Array<{ role: Role; unitId: string | null }>;
    }> = await this.db.dataSource.query(
      `SELECT p.id AS person_id, p.organisation_id, p.platform_admin,
                COALESCE(json_agg(json_build_object('role', r.role, 'unitId', r.unit_id)) FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
           FROM persons p ${join}
           LEFT JOIN role_assignments r ON r.person_id = p.id
          WHERE p.deactivated_at IS NULL AND ${where}
          GROUP BY p.id`,
      [param],
    );
    const row = rows[0];
    return row ? new Actor(row.person_id, row.organisation_id, row.roles, row.platform_admin) : null;
  }

  /** Ends every session of a person (after a password change, say), except optionally the current one. */
  async endAllFor(personId: string, exceptReq?: Request): Promise<void> {
    const keep = exceptReq ? this.tokenOf(exceptReq) : null;
    await this.db.dataSource.query(
      `DELETE FROM sessions WHERE person_id = $1 AND ($2::text IS NULL OR token_hash <> $2)`,
      [personId, keep ? sha256(keep) : null],
    );
  }

  private tokenOf(req: Request): string | null {
    const v = (req.signedCookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    return typeof v === 'string' && v.length > 0 ? v : null;
  }
}
