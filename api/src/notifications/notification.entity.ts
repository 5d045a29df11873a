import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Something a person should know, shown in the app (no e-mail yet). */
@Entity('notifications')
@Index('ix_notifications_person', ['personId', 'createdAt'])
@Index('ix_notifications_unread', { synchronize: false })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @Column({ type: 'uuid' }) personId!: string;
  /** e.g. idea.approved, idea.declined, idea.parked */
  @Column({ type: 'varchar', length: 60 }) kind!: string;
  @Column({ type: 'varchar', length: 40 }) subjectType!: string;
  @Column({ type: 'uuid' }) subjectId!: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload!: Record<string, unknown>;
  @Column({ type: 'timestamptz', nullable: true }) readAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
