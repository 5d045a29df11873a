import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import type {
  ExperimentResult,
  ExperimentState,
  InnovationAction,
  LessonReach,
  LessonState,
  PartnerKind,
  Theme,
} from '@laerekraft/shared';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { ExperimentEntity } from '../experiments/experiment.entity.js';

/**
 * A lesson (lærdom): the shareable account of a concluded or stopped experiment. It carries,
 * from the moment it is published, a summary of the experiment behind it (`experimentSummary`:
 * hypothesis, result, learning card, measurements against baseline and target, partners by
 * kind), so a reader outside the organisation never reads the experiment itself, its log,
 * its comments or its people. Row-level security: see the migration `create-lessons`.
 */
@Entity('lessons')
@Index('uq_lessons_experiment', ['experimentId'], { unique: true })
@Index('ix_lessons_organisation_created', { synchronize: false })
@Index('ix_lessons_shared', { synchronize: false })
@Index('ix_lessons_networks', { synchronize: false })
@Index('ix_lessons_library', { synchronize: false })
// Search (migration create-search): the GIN index over (organisation_id, search_vector).
@Index('ix_lessons_search', { synchronize: false })
@Index('ix_lessons_search_shared', { synchronize: false })
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /**
   * The weighted Norwegian text of the row (title A, summary or need B, body C), kept by a
   * trigger; read only by the search functions (never selected by the ORM).
   */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
  @Column({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
  /** The experiment's unit: the reach UNIT means this unit and the units below it. */
  @Column({ type: 'uuid' }) unitId!: string;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<UnitEntity>;
  @Column({ type: 'uuid' }) experimentId!: string;
  @ManyToOne(() => ExperimentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'experiment_id' })
  experiment?: Relation<ExperimentEntity>;

  @Column({ type: 'varchar', length: 20 }) state!: LessonState;
  @Column({ type: 'varchar', length: 20 }) reach!: LessonReach;
  /** With reach NETWORK: the networks it is shared to (the organisation is a member of each). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) networkIds!: string[];
  @VersionColumn() version!: number;

  @Column({ type: 'varchar', length: 140 }) title!: string;
  @Column({ type: 'text', default: '' }) summary!: string;
  @Column({ type: 'text', default: '' }) whatWorked!: string;
  @Column({ type: 'text', default: '' }) whatDidNot!: string;
  @Column({ type: 'text', default: '' }) advice!: string;
  /** Conditions that mattered: size of the municipality, target group, resources used. */
  @Column({ type: 'text', default: '' }) conditions!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags!: string[];
  /**
   * A person named on the lesson outside the organisation, only by their own consent
   * (they set it themselves); otherwise no name crosses the border.
   */
  @Column({ type: 'uuid', nullable: true }) contactPersonId!: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) contactName!: string | null;

  // Facets, copied from the experiment when the lesson is written and when it is published.
  @Column({ type: 'varchar', length: 20 }) experimentState!: ExperimentState;
  @Column({ type: 'varchar', length: 20, nullable: true }) result!: ExperimentResult | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) actions!: InnovationAction[];
  @Column({ type: 'smallint', array: true, default: () => "'{}'" }) sdgs!: number[];
  @Column({ type: 'varchar', length: 40, nullable: true }) theme!: Theme | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) partnerKinds!: PartnerKind[];
  /** What an outside reader sees of the experiment, frozen at publication. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) experimentSummary!: Record<string, unknown>;
  /** Adoptions in the whole lineage tree below this lesson, kept in the adoption's transaction. */
  @Column({ type: 'integer', default: 0 }) adoptionCount!: number;
  /** Of those, the adoptions by other organisations: "adopted elsewhere" in the shared dashboards. */
  @Column({ type: 'integer', default: 0 }) adoptedElsewhereCount!: number;

  @Column({ type: 'uuid' }) createdById!: string;
  @Column({ type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ type: 'text', nullable: true }) withdrawnReason!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
