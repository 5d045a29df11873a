import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { Role } from '@laerekraft/shared';
import { PersonEntity } from './person.entity.js';

export interface InvitedRole {
  role: Role;
  unitId: string | null;
}

/** A single-use, expiring invitation to join an organisation. Only the token's hash is kept. */
@Entity('invitations')
@Index('ix_invitations_organisation', ['organisationId'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'jsonb' }) roles!: InvitedRole[];
  @Index('uq_invitations_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
  @Column({ type: 'timestamptz', nullable: true }) acceptedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) invitedById!: string | null;
  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: Relation<PersonEntity> | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
