import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@laerekraft/shared';
import { DomainError } from '../core/errors/domain-error.js';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export const accountHash = (normalisedEmail: string) =>
  createHash('sha256').update(normalisedEmail).digest('hex');

/**
 * Limits guessing passwords: after MAX_FAILURES_PER_ACCOUNT failed sign-ins for one
 * e-mail, or MAX_FAILURES_PER_ADDRESS from one client address, within the window, sign-in
 * is refused (before the password is checked) until enough of those failures have aged
 * out. A successful sign-in clears the account's failures. The table has no organisation
 * and holds no person's id, so it is used without a tenant (it is not a row-level-security
 * table).
 */
@Injectable()
export class LoginThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  /** Throws TOO_MANY_ATTEMPTS, saying when to try again, if either limit is reached. */
  async assertAllowed(email: string, clientAddress: string): Promise<void> {
    // The failure that must age out before one more attempt is allowed: the Nth most recent.
    const rows: Array<{ until: Date }> = await this.dataSource.query(
      `SELECT max(until) AS until FROM (
         (SELECT failed_at + make_interval(mins => $3) AS until FROM login_attempts
           WHERE account_hash = $1 AND failed_at > now() - make_interval(mins => $3)
           ORDER BY failed_at DESC OFFSET $4 - 1 LIMIT 1)
         UNION ALL
         (SELECT failed_at + make_interval(mins => $3) FROM login_attempts
           WHERE client_address = $2 AND failed_at > now() - make_interval(mins => $3)
           ORDER BY failed_at DESC OFFSET $5 - 1 LIMIT 1)
       ) blocked`,
      [
        accountHash(email),
        clientAddress,
        LOGIN_WINDOW_MINUTES,
        MAX_FAILURES_PER_ACCOUNT,
        MAX_FAILURES_PER_ADDRESS,
      ],
    );
    const until = rows[0]?.until ? new Date(rows[0].until) : null;
    if (!until) return;
    const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
    throw new DomainError(
      ErrorCode.TOO_MANY_ATTEMPTS,
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
    );
  }

  async recordFailure(email: string, clientAddress: string): Promise<void> {
    const hash = accountHash(email);
    // Expired rows of this account and address go as new ones come, so the table stays small.
    await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM login_attempts
          WHERE (account_hash = $1 OR client_address = $2)
            AND failed_at <= now() - make_interval(mins => $3)
       )
       INSERT INTO login_attempts (account_hash, client_address) VALUES ($1, $2)`,
      [hash, clientAddress, LOGIN_WINDOW_MINUTES],
    );
  }

  async recordSuccess(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempts WHERE account_hash = $1`, [accountHash(email)]);
  }
}
