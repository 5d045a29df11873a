import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { AdoptionState } from '@laerekraft/shared';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { LessonEntity } from './lesson.entity.js';

/**
 * The lineage record of one adoption: organisation B tried organisation A's lesson. It belongs
 * to the adopting organisation and is seen by anyone who may see a lesson in its lineage, so
 * the source lesson can count its replications. It crosses the border with what adopting
 * shares by itself (who adopted, when, and the state); the result crosses only through the
 * adoption's own lesson, under that lesson's reach.
 */
@Entity('adoptions')
@Index('ix_adoptions_source', ['sourceLessonId'])
@Index('ix_adoptions_lineage', { synchronize: false })
@Index('uq_adoptions_experiment', ['experimentId'], { unique: true, where: 'experiment_id IS NOT NULL' })
// One open adoption (PLANNED, RUNNING) of a lesson per unit: partial, in the migrations (proposals do not block).
@Index('uq_adoptions_open_unit', { synchronize: false })
@Index('uq_adoptions_idea', ['ideaId'], { unique: true, where: 'idea_id IS NOT NULL' })
export class AdoptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The adopting organisation (the tenant this row belongs to). */
  @Column({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
  @Column({ type: 'uuid' }) unitId!: string;
  /** The experiment it started (null while it is an employee's proposed idea). */
  @Column({ type: 'uuid', nullable: true }) experimentId!: string | null;
  /** The idea an employee proposed it as (null when a manager started it directly). */
  @Column({ type: 'uuid', nullable: true }) ideaId!: string | null;
  @Column({ type: 'uuid' }) sourceLessonId!: string;
  @ManyToOne(() => LessonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_lesson_id' })
  sourceLesson?: Relation<LessonEntity>;
  /** The source lesson's organisation. */
  @Column({ type: 'uuid' }) sourceOrganisationId!: string;
  /** Every lesson above this adoption, root first, ending with the source lesson. */
  @Column({ type: 'uuid', array: true }) lineage!: string[];
  @Column({ type: 'varchar', length: 20 }) state!: AdoptionState;
  @Column({ type: 'uuid' }) createdById!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
