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
import type { ChallengeState } from '@laerekraft/shared';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { NetworkEntity } from '../networks/network.entity.js';
import { PersonEntity } from '../identity/person.entity.js';

/**
 * A challenge (utfordring): a need posted by an innovation lead for the organisation
 * (`networkId` null) or by a coordinator for a network. Ideas answer it (`ideas.challenge_id`).
 * Row-level security: the migration `create-challenges-and-pins`.
 */
@Entity('challenges')
@Index('ix_challenges_organisation', { synchronize: false })
@Index('ix_challenges_network', { synchronize: false })
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** The poster's organisation (for a network challenge, the organisation that runs the network). */
  @Column({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
  @Column({ type: 'uuid', nullable: true }) networkId!: string | null;
  @ManyToOne(() => NetworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: Relation<NetworkEntity>;
  @Column({ type: 'varchar', length: 140 }) title!: string;
  @Column({ type: 'text' }) need!: string;
  /** Who the need concerns. */
  @Column({ type: 'varchar', length: 500 }) concerns!: string;
  /** YYYY-MM-DD */
  @Column({ type: 'date' }) deadline!: string;
  @Column({ type: 'varchar', length: 20 }) state!: ChallengeState;
  @Column({ type: 'uuid' }) createdById!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<PersonEntity>;
  @Column({ type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
