import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationKind } from '@laerekraft/shared';

@Entity('organisations')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: OrganisationKind;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Index('uq_organisations_organisation_number', { unique: true })
  @Column({ type: 'char', length: 9 })
  organisationNumber!: string;
  /** For a kommune: its kommunenummer; for a fylkeskommune: null. */
  @Column({ type: 'char', length: 4, nullable: true }) kommunenummer!: string | null;
  /** For a kommune: its county; for a fylkeskommune: itself. */
  @Column({ type: 'char', length: 2, nullable: true }) fylkesnummer!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
