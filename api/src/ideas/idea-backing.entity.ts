import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { IdeaEntity } from './idea.entity.js';
import { PersonEntity } from '../identity/person.entity.js';

/** A colleague backs (støtter) an idea; once per person. */
@Entity('idea_backings')
@Index('ix_idea_backings_person', ['personId'])
export class IdeaBackingEntity {
  @PrimaryColumn({ type: 'uuid' }) ideaId!: string;
  @PrimaryColumn({ type: 'uuid' }) personId!: string;
  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: Relation<IdeaEntity>;
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;
  @Column({ type: 'uuid' }) organisationId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
