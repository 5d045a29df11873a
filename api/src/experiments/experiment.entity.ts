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
  NextStep,
  Theme,
} from '@laerekraft/shared';
import { numeric } from '../core/database/columns.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { PersonEntity } from '../identity/person.entity.js';

/**
 * An experiment (forsøk): a structured hypothesis, its frame (acceptable loss, resources),
 * owner and team, and at the end a result and a learning card.
 */
@Entity('experiments')
// The keyset list order (created_at DESC, id DESC) lives in the migration: TypeORM cannot say DESC.
@Index('ix_experiments_organisation_created', { synchronize: false })
// The title filter's trigram index lives in the list-filters migration.
@Index('ix_experiments_title_trgm', { synchronize: false })
@Index('ix_experiments_organisation_state', ['organisationId', 'state', 'createdAt'])
@Index('ix_experiments_unit', ['unitId'])
@Index('ix_experiments_owner', ['ownerId'])
// Search (migration create-search): the GIN index over (organisation_id, search_vector).
@Index('ix_experiments_search', { synchronize: false })
export class ExperimentEntity {
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
  @Column({ type: 'uuid' }) unitId!: string;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<UnitEntity>;
  /** The idea it came from; null when a manager created it directly. */
  @Column({ type: 'uuid', nullable: true }) ideaId!: string | null;
  /** The lesson it adopts (spread), when it was started from one. */
  @Column({ type: 'uuid', nullable: true }) sourceLessonId!: string | null;
  @Column({ type: 'varchar', length: 140 }) title!: string;
  @Column({ type: 'text', default: '' }) summary!: string;
  @Column({ type: 'uuid' }) ownerId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<PersonEntity>;
  @Column({ type: 'varchar', length: 20 }) state!: ExperimentState;
  @VersionColumn() version!: number;

  // Hypothesis: we believe that <change> for <targetGroup> will give <expectedEffect>;
  // we know we are right when <metric> reaches <target> (from <baseline>) by <byDate>.
  @Column({ type: 'text', default: '' }) change!: string;
  @Column({ type: 'text', default: '' }) targetGroup!: string;
  @Column({ type: 'text', default: '' }) expectedEffect!: string;
  @Column({ type: 'text', default: '' }) metric!: string;
  @Column({ type: 'double precision', nullable: true }) baseline!: number | null;
  @Column({ type: 'double precision', nullable: true }) target!: number | null;
  @Column({ type: 'date', nullable: true }) byDate!: string | null;

  @Column({ type: 'text', default: '' }) acceptableLoss!: string;
  @Column({ type: 'numeric', precision: 10, scale: 1, nullable: true, transformer: numeric }) hours!:
    number | null;
  @Column({ type: 'bigint', nullable: true, transformer: numeric }) nok!: number | null;
  @Column({ type: 'boolean', default: false }) affectsEmployees!: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" }) actions!: InnovationAction[];
  @Column({ type: 'smallint', array: true, default: () => "'{}'" }) sdgs!: number[];
  @Column({ type: 'varchar', length: 40, nullable: true }) theme!: Theme | null;

  @Column({ type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) result!: ExperimentResult | null;
  @Column({ type: 'text', nullable: true }) stopReason!: string | null;
  // Learning card: we believed / we observed / we learned / therefore we will.
  @Column({ type: 'text', nullable: true }) cardBelieved!: string | null;
  @Column({ type: 'text', nullable: true }) cardObserved!: string | null;
  @Column({ type: 'text', nullable: true }) cardLearned!: string | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) cardNextStep!: NextStep | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
