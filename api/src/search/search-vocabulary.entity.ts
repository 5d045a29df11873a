import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Where a vocabulary's words may be suggested: one organisation, one network's members, everyone. */
export type VocabularyScope = 'ORGANISATION' | 'NETWORK' | 'PUBLIC';

/**
 * A word of the indexed documents (as written, lower-cased), per scope, for "mente du …?".
 * Written only by the trigger of the migration `create-search`, read only by
 * `app_search_suggest`; the app role has no privilege on it.
 */
@Entity('search_vocabulary')
@Index('ix_search_vocabulary_trgm', { synchronize: false })
export class SearchVocabularyEntity {
  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'PK_search_vocabulary' })
  scope!: VocabularyScope;
  /** The organisation's or the network's id; the nil uuid for the public vocabulary. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_search_vocabulary' }) scopeId!: string;
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_search_vocabulary' })
  word!: string;
  /** How many documents brought the word (never decremented between rebuilds). */
  @Column({ type: 'integer', default: 1 }) ndoc!: number;
}
