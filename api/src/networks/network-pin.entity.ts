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
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { PersonEntity } from '../identity/person.entity.js';
import { LessonEntity } from '../lessons/lesson.entity.js';
import { NetworkEntity } from './network.entity.js';

/**
 * A coordinator's pin on a lesson shared to the network, with a note. It belongs to the
 * organisation that runs the network (which alone writes it); the network's members see it.
 */
@Entity('network_pins')
@Index('uq_network_pins', ['networkId', 'lessonId'], { unique: true })
export class NetworkPinEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
  @Column({ type: 'uuid' }) networkId!: string;
  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Relation<NetworkEntity>;
  @Column({ type: 'uuid' }) lessonId!: string;
  @ManyToOne(() => LessonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lesson_id' })
  lesson?: Relation<LessonEntity>;
  @Column({ type: 'text', default: '' }) note!: string;
  @Column({ type: 'uuid' }) pinnedById!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pinned_by_id' })
  pinnedBy?: Relation<PersonEntity>;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
