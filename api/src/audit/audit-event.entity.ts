import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The endringslogg: who did what to which thing, when and why, with before and after. Append-only. */
@Entity('audit_events')
@Index('ix_audit_events_entity', ['entityType', 'entityId', 'at'])
@Index('ix_audit_events_organisation_at', ['organisationId', 'at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @Column({ type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar', length: 40 }) entityType!: string;
  @Column({ type: 'uuid' }) entityId!: string;
  @Column({ type: 'varchar', length: 60 }) action!: string;
  @Column({ type: 'jsonb', nullable: true }) before!: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after!: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
}
