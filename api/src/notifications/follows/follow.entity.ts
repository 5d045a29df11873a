import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { FollowSubjectType } from '@laerekraft/shared';
import { OrganisationEntity } from '../../organisations/organisation.entity.js';
import { PersonEntity } from '../../identity/person.entity.js';

/**
 * A person follows an idea, experiment, lesson, challenge or network. The row belongs to the
 * follower's organisation (row-level security: only that organisation sees it), also when the
 * subject lives in another organisation (a network's lesson, a network). The subject is not a
 * foreign key: it may be in any of five tables, and a follow outlives nothing it points at
 * because subjects are never deleted (withdrawn, stopped, archived instead).
 */
@Entity('follows')
@Check('ck_follows_subject_type', `subject_type IN ('IDEA', 'EXPERIMENT', 'LESSON', 'CHALLENGE', 'NETWORK')`)
@Index('uq_follows_person_subject', ['personId', 'subjectType', 'subjectId'], { unique: true })
@Index('ix_follows_subject', ['subjectType', 'subjectId'])
export class FollowEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
  @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;
  @Column({ type: 'varchar', length: 20 }) subjectType!: FollowSubjectType;
  @Column({ type: 'uuid' }) subjectId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
