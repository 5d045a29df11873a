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
import { IdeaEntity } from './idea.entity.js';
import { PersonEntity } from '../identity/person.entity.js';

@Entity('idea_comments')
@Index('ix_idea_comments_idea', ['ideaId', 'createdAt'])
export class IdeaCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) organisationId!: string;
  @Column({ type: 'uuid' }) ideaId!: string;
  @ManyToOne(() => IdeaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'idea_id' })
  idea?: Relation<IdeaEntity>;
  @Column({ type: 'uuid' }) authorId!: string;
  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<PersonEntity>;
  @Column({ type: 'text' }) text!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
