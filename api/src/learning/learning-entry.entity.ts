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
import type { LearningEntryKind } from '@laerekraft/shared';
import { ExperimentEntity } from '../experiments/experiment.entity.js';
import { PersonEntity } from '../identity/person.entity.js';

/** A dated entry in an experiment's learning log. Edits keep every earlier text as a revision. */
@Entity('learning_entries')
@Index('ix_learning_entries_experiment', ['experimentId', 'entryDate'])
export class LearningEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @Column({ type: 'uuid' }) experimentId!: string;
  @ManyToOne(() => ExperimentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'experiment_id' })
  experiment?: Relation<ExperimentEntity>;
  @Column({ type: 'uuid' }) authorId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<PersonEntity>;
  @Column({ type: 'varchar', length: 20 }) kind!: LearningEntryKind;
  /** Markdown; rendered safely by the web app. */
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) promptId!: string | null;
  @Column({ type: 'date' }) entryDate!: string;
  @VersionColumn() version!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}

/** An earlier text of a learning entry, kept when it was edited. */
@Entity('learning_entry_revisions')
@Index('ix_learning_entry_revisions_entry', ['entryId', 'version'])
export class LearningEntryRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @Column({ type: 'uuid' }) entryId!: string;
  @ManyToOne(() => LearningEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry?: Relation<LearningEntryEntity>;
  /** The version this text had. */
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'varchar', length: 20 }) kind!: LearningEntryKind;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'varchar', length: 40, nullable: true }) promptId!: string | null;
  @Column({ type: 'uuid' }) editedById!: string;
  @CreateDateColumn({ type: 'timestamptz' }) replacedAt!: Date;
}
