import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Role } from '@laerekraft/shared';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { Db, type TenantScope } from '../core/database/db.service.js';
import { Actor } from '../core/auth/actor.js';
import { ActorSource } from '../core/auth/actor-source.js';
import { SessionEntity } from './session.entity.js';

export const SESSION_COOKIE = 'lk_session';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Sessions live in PostgreSQL so any API instance can serve any request. The browser
 * holds a random token in a signed, HttpOnly, SameSite cookie; the table holds its hash.
 */
@Injectable()
export class SessionsService implements ActorSource {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session for a person who has just proven who they are; the request now acts for them. */
  async start(res: Response, scope: TenantScope): Promise<void> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.sessionHours * 3600_000);
    await this.db.run(scope, (m) =>
      m.insert(SessionEntity, {
        tokenHash: sha256(token),
        personId: scope.personId,
        organisationId: scope.organisationId,
        expiresAt,
      }),
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

  async end(actor: Actor | null, req: Request, res: Response): Promise<void> {
    const token = this.tokenOf(req);
    if (token && actor)
      await this.db.run(actor.scope, (m) => m.delete(SessionEntity, { tokenHash: sha256(token) }));
    res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.production,
      signed: true,
    });
  }

  /**
   * The actor behind the request's cookie, or null for no, unknown or expired session.
   * One statement: a SECURITY DEFINER function that finds the session across
   * organisations and sets the request's tenant to the person's own.
   */
  async actorFor(req: Request): Promise<Actor | null> {
    const token = this.tokenOf(req);
    if (!token) return null;
    const rows: ActorRow[] = await this.db.run(null, (m) =>
      m.query('SELECT * FROM app_session_actor($1)', [sha256(token)]),
    );
    const actor = toActor(rows[0]);
    if (actor) this.db.unitOfWork()?.tenantSetBy(actor.scope);
    return actor;
  }

  /** The actor for a person who has just signed in, in their own organisation's scope. */
  async actorForPerson(scope: TenantScope): Promise<Actor | null> {
    const rows: ActorRow[] = await this.db.run(scope, (m) =>
      m.query(
        `SELECT p.id AS person_id, p.organisation_id, p.platform_admin,
                COALESCE(json_agg(json_build_object('role', r.role, 'unitId', r.unit_id)) FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
           FROM persons p LEFT JOIN role_assignments r ON r.person_id = p.id
          WHERE p.deactivated_at IS NULL AND p.id = $1
          GROUP BY p.id`,
        [scope.personId],
      ),
    );
    return toActor(rows[0]);
  }

  /** Ends every session of the actor (after a password change, say), except optionally the current one. */
  async endAllFor(scope: TenantScope, exceptReq?: Request): Promise<void> {
    const keep = exceptReq ? this.tokenOf(exceptReq) : null;
    await this.db.run(scope, (m) =>
      m.query(`DELETE FROM sessions WHERE person_id = $1 AND ($2::text IS NULL OR token_hash <> $2)`, [
        scope.personId,
        keep ? sha256(keep) : null,
      ]),
    );
  }

  private tokenOf(req: Request): string | null {
    const v = (req.signedCookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    return typeof v === 'string' && v.length > 0 ? v : null;
  }
}

interface ActorRow {
  person_id: string;
  organisation_id: string;
  platform_admin: boolean;
  roles: Array<{ role: Role; unitId: string | null }>;
}

const toActor = (row: ActorRow | undefined) =>
  row ? new Actor(row.person_id, row.organisation_id, row.roles, row.platform_admin) : null;
