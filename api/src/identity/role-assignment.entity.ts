import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { Role } from '@laerekraft/shared';
import { PersonEntity } from './person.entity.js';
import { UnitEntity } from '../organisations/unit.entity.js';

/** One role a person holds; MANAGER carries the unit it applies to (and the units below). */
@Entity('role_assignments')
@Index('uq_role_assignments_person_role', ['personId', 'role'], { unique: true, where: 'unit_id IS NULL' })
@Index('uq_role_assignments_person_role_unit', ['personId', 'role', 'unitId'], {
  unique: true,
  where: 'unit_id IS NOT NULL',
})
@Index('ix_role_assignments_organisation', ['organisationId'])
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;
  @Column({ type: 'varchar', length: 30 }) role!: Role;
  @Column({ type: 'uuid', nullable: true }) unitId!: string | null;
  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<UnitEntity> | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
