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
import type { IdeaState, InnovationAction, Theme } from '@laerekraft/shared';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';
import { PersonEntity } from '../identity/person.entity.js';
import { ChallengeEntity } from '../challenges/challenge.entity.js';

/** An idea (idé): a need, a proposal and the benefit for citizens, from someone in a unit. */
@Entity('ideas')
// The keyset list order (created_at DESC, id DESC) lives in the migration: TypeORM cannot say DESC.
@Index('ix_ideas_organisation_created', { synchronize: false })
@Index('ix_ideas_organisation_state_submitted', ['organisationId', 'state', 'submittedAt'])
@Index('ix_ideas_unit_state', ['unitId', 'state'])
@Index('ix_ideas_author', ['authorId', 'createdAt'])
// The other list orders and the title filter (trigram) live in the list-filters migration too.
@Index('ix_ideas_organisation_backed', { synchronize: false })
@Index('ix_ideas_title_trgm', { synchronize: false })
// Search (migration create-search): the GIN index over (organisation_id, search_vector).
@Index('ix_ideas_search', { synchronize: false })
@Index('ix_ideas_challenge', { synchronize: false })
// The dashboards' trigger on experiments finds the idea an experiment came from.
@Index('ix_ideas_experiment', { synchronize: false })
export class IdeaEntity {
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
  @Column({ type: 'uuid' }) authorId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<PersonEntity>;
  @Column({ type: 'varchar', length: 140 }) title!: string;
  /** Whose need it is. */
  @Column({ type: 'text', default: '' }) needWhose!: string;
  /** How the need was observed. */
  @Column({ type: 'text', default: '' }) needObserved!: string;
  @Column({ type: 'text', default: '' }) proposal!: string;
  /** Expected benefit for citizens (gevinst). */
  @Column({ type: 'text', default: '' }) benefit!: string;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) actions!: InnovationAction[];
  @Column({ type: 'smallint', array: true, default: () => "'{}'" }) sdgs!: number[];
  @Column({ type: 'varchar', length: 40, nullable: true }) theme!: Theme | null;
  /** Hide the author's name from colleagues; the innovation lead still sees it. */
  @Column({ type: 'boolean', default: false }) hideAuthor!: boolean;
  @Column({ type: 'varchar', length: 20 }) state!: IdeaState;
  /** How many back it: kept by a trigger on idea_backings, never written by the app (the "most backed" order). */
  @Column({ type: 'int', default: 0, insert: false, update: false }) readonly backingCount!: number;
  @VersionColumn() version!: number;
  @Column({ type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) decidedById!: string | null;
  @Column({ type: 'text', nullable: true }) decisionReason!: string | null;
  @Column({ type: 'uuid', nullable: true }) experimentId!: string | null;
  /** The lesson an employee proposes to adopt, when the idea came from one. */
  @Column({ type: 'uuid', nullable: true }) sourceLessonId!: string | null;
  /** The challenge the idea answers (one the author could see when they chose it). */
  @Column({ type: 'uuid', nullable: true }) challengeId!: string | null;
  @ManyToOne(() => ChallengeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'challenge_id' })
  challenge?: Relation<ChallengeEntity>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
