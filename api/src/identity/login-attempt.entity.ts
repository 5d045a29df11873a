import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed sign-in, kept for the rate limit's window. In PostgreSQL so the limit holds
 * across instances. No organisation: it is read before anyone is known, and the e-mail
 * is stored only as a hash of its lower-cased form.
 */
@Entity('login_attempts')
@Index('ix_login_attempts_account', ['accountHash', 'failedAt'])
@Index('ix_login_attempts_address', ['clientAddress', 'failedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** SHA-256 (hex) of the normalised e-mail that was tried. */
  @Column({ type: 'char', length: 64 }) accountHash!: string;
  /** The client's IP address as Express sees it (behind a proxy: `trust proxy`). */
  @Column({ type: 'varchar', length: 64 }) clientAddress!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) failedAt!: Date;
}
