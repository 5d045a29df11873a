import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { MembershipStatus } from '@laerekraft/shared';
import { NetworkEntity } from './network.entity.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';

/** An organisation's place in a network: invited, then member or declined. */
@Entity('network_memberships')
@Index('uq_network_memberships_network_organisation', ['networkId', 'organisationId'], { unique: true })
@Index('ix_network_memberships_organisation', ['organisationId'])
export class NetworkMembershipEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) networkId!: string;
  @ManyToOne(() => NetworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: Relation<NetworkEntity>;
  /** The member organisation (the tenant this row belongs to). */
  @Column({ type: 'uuid' }) organisationId!: string;
  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<OrganisationEntity>;
  @Column({ type: 'varchar', length: 20 }) status!: MembershipStatus;
  @Column({ type: 'uuid', nullable: true }) invitedById!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' }) invitedAt!: Date;
  @Column({ type: 'uuid', nullable: true }) respondedById!: string | null;
  @Column({ type: 'timestamptz', nullable: true }) respondedAt!: Date | null;
}
