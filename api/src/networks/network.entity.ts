import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { PersonEntity } from '../identity/person.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** An inter-municipal network. It belongs to its coordinator's organisation. */
@Entity('networks')
export class NetworkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
  @Column({ type: 'varchar', length: 160 }) name!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'uuid' }) coordinatorId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'coordinator_id' })
  coordinator?: Relation<PersonEntity>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
