import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { PartnerKind } from '@laerekraft/shared';
import { ExperimentEntity } from './experiment.entity.js';
import { PersonEntity } from '../identity/person.entity.js';

/** A person on an experiment's team. */
@Entity('experiment_members')
@Index('ix_experiment_members_person', ['personId'])
export class ExperimentMemberEntity {
  @PrimaryColumn({ type: 'uuid' }) experimentId!: string;
  @PrimaryColumn({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => ExperimentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'experiment_id' })
  experiment?: Relation<ExperimentEntity>;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;
  @Column({ type: 'uuid' }) organisationId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** A partner (samarbeidspartner) with a role, optionally an organisation in the system. */
@Entity('experiment_partners')
@Index('ix_experiment_partners_experiment', ['experimentId'])
export class PartnerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @Column({ type: 'uuid' }) experimentId!: string;
  @ManyToOne(() => ExperimentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'experiment_id' })
  experiment?: Relation<ExperimentEntity>;
  @Column({ type: 'varchar', length: 30 }) kind!: PartnerKind;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'text', default: '' }) role!: string;
  @Column({ type: 'uuid', nullable: true }) partnerOrganisationId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** A recorded involvement of union representatives: when, who, what was said. */
@Entity('union_involvements')
@Index('ix_union_involvements_experiment', ['experimentId', 'occurredOn'])
export class UnionInvolvementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @Column({ type: 'uuid' }) experimentId!: string;
  @ManyToOne(() => ExperimentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'experiment_id' })
  experiment?: Relation<ExperimentEntity>;
  @Column({ type: 'date' }) occurredOn!: string;
  @Column({ type: 'text' }) who!: string;
  @Column({ type: 'text' }) whatWasSaid!: string;
  @Column({ type: 'uuid' }) recordedById!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}

/** A reading of the experiment's metric. */
@Entity('measurements')
@Index('ix_measurements_experiment', ['experimentId', 'measuredOn'])
export class MeasurementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @Column({ type: 'uuid' }) experimentId!: string;
  @ManyToOne(() => ExperimentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'experiment_id' })
  experiment?: Relation<ExperimentEntity>;
  @Column({ type: 'date' }) measuredOn!: string;
  @Column({ type: 'double precision' }) value!: number;
  @Column({ type: 'text', default: '' }) note!: string;
  @Column({ type: 'uuid' }) recordedById!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
