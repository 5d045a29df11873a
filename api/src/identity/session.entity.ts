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
import { PersonEntity } from './person.entity.js';

/** A signed-in browser. Only the SHA-256 of the cookie's token is stored. */
@Entity('sessions')
@Index('ix_sessions_person', ['personId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('uq_sessions_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;
  @Column({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;
  @Column({ type: 'uuid' }) organisationId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column({ type: 'timestamptz' }) expiresAt!: Date;
}
