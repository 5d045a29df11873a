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
import type { Locale } from '@laerekraft/shared';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';

@Entity('persons')
@Index('ix_persons_organisation', ['organisationId'])
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
  /** Stored lower-case; unique across the whole system, since it is the sign-in name. */
  @Index('uq_persons_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  /** argon2id; null until the person has accepted an invitation. */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false }) passwordHash!: string | null;
  @Column({ type: 'varchar', length: 2, default: 'nb' }) locale!: Locale;
  /** The unit the person works in (their "my unit"); chosen in the profile. */
  @Column({ type: 'uuid', nullable: true }) unitId!: string | null;
  @ManyToOne(() => UnitEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<UnitEntity> | null;
  /** Operators of this Lærekraft installation: may register organisations. */
  @Column({ type: 'boolean', default: false }) platformAdmin!: boolean;
  @Column({ type: 'timestamptz', nullable: true }) deactivatedAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
}
