import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The dashboards' aggregate tables (migration `create-portfolio-aggregates`). Written only by
 * its SECURITY DEFINER triggers; the app role may only SELECT them, under row-level security.
 * Mapped here so the schema has no drift; the dashboards read them with SQL of their own.
 */

const PK_FACTS = 'pk_portfolio_facts';

/** One submitted idea or one experiment, as the dashboards count it. */
@Entity('portfolio_facts')
@Index('ix_portfolio_facts_item', { synchronize: false })
@Index('ix_portfolio_facts_quiet', { synchronize: false })
export class PortfolioFactEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK_FACTS }) organisationId!: string;
  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: PK_FACTS }) itemType!:
    'IDEA' | 'EXPERIMENT';
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK_FACTS }) itemId!: string;
  @Column({ type: 'uuid' }) unitId!: string;
  @Column({ type: 'varchar', length: 20 }) state!: string;
  @Column({ type: 'smallint' }) actionMask!: number;
  @Column({ type: 'smallint', array: true }) sdgs!: number[];
  @Column({ type: 'varchar', length: 40 }) theme!: string;
  @Column({ type: 'varchar', length: 20 }) result!: string;
  @Column({ type: 'date', nullable: true }) submittedOn!: string | null;
  @Column({ type: 'date', nullable: true }) decidedOn!: string | null;
  @Column({ type: 'date', nullable: true }) createdOn!: string | null;
  @Column({ type: 'date', nullable: true }) startedOn!: string | null;
  @Column({ type: 'date', nullable: true }) endedOn!: string | null;
  @Column({ type: 'date', nullable: true }) lessonOn!: string | null;
  @Column({ type: 'boolean' }) learned!: boolean;
  @Column({ type: 'boolean' }) adoptedElsewhere!: boolean;
  @Column({ type: 'boolean' }) fromElsewhere!: boolean;
  @Column({ type: 'boolean' }) affectsEmployees!: boolean;
  @Column({ type: 'boolean' }) unionBeforeStart!: boolean;
  @Column({ type: 'boolean' }) hasAcceptableLoss!: boolean;
  @Column({ type: 'numeric', precision: 12, scale: 1 }) hours!: string;
  @Column({ type: 'bigint' }) nok!: string;
  @Column({ type: 'varchar', length: 30, array: true }) partnerKinds!: string[];
  @Column({ type: 'date', nullable: true }) lastEntryOn!: string | null;
}

const PK_CELLS = 'pk_portfolio_cells';

/** A count of one measure for one (organisation, unit, quarter, detail, action mask, theme, result). */
@Entity('portfolio_cells')
export class PortfolioCellEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK_CELLS }) organisationId!: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK_CELLS }) unitId!: string;
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: PK_CELLS }) quarter!: string;
  @PrimaryColumn({ type: 'varchar', length: 24, primaryKeyConstraintName: PK_CELLS }) measure!: string;
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: PK_CELLS }) detail!: string;
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: PK_CELLS }) actionMask!: number;
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: PK_CELLS }) theme!: string;
  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: PK_CELLS }) result!: string;
  @Column({ type: 'integer' }) n!: number;
  @Column({ type: 'numeric', precision: 14, scale: 1 }) hours!: string;
  @Column({ type: 'bigint' }) nok!: string;
}

const PK_SHARED = 'pk_shared_lesson_cells';

/** A count for lessons shared to one network (scope NETWORK) or to everyone (scope PUBLIC). */
@Entity('shared_lesson_cells')
@Index('ix_shared_lesson_cells_scope', { synchronize: false })
export class SharedLessonCellEntity {
  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: PK_SHARED }) scope!:
    'NETWORK' | 'PUBLIC';
  /** The network's id; the nil uuid for PUBLIC. */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK_SHARED }) scopeId!: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK_SHARED }) organisationId!: string;
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: PK_SHARED }) quarter!: string;
  @PrimaryColumn({ type: 'varchar', length: 24, primaryKeyConstraintName: PK_SHARED }) measure!: string;
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: PK_SHARED }) detail!: string;
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: PK_SHARED }) actionMask!: number;
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: PK_SHARED }) theme!: string;
  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: PK_SHARED }) result!: string;
  @Column({ type: 'integer' }) n!: number;
}

const PK_ROLLUPS = 'pk_portfolio_rollups';

/**
 * A measure of one scope (a unit with everything below it, or the organisation: the nil uuid) in
 * one quarter, with at most one breakdown (`dim` ACTION, THEME or RESULT; '' for none): what an
 * unfiltered dashboard reads (migration `portfolio-rollups`).
 */
@Entity('portfolio_rollups')
export class PortfolioRollupEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK_ROLLUPS }) organisationId!: string;
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: PK_ROLLUPS }) scopeUnitId!: string;
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: PK_ROLLUPS }) quarter!: string;
  @PrimaryColumn({ type: 'varchar', length: 24, primaryKeyConstraintName: PK_ROLLUPS }) measure!: string;
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: PK_ROLLUPS }) detail!: string;
  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: PK_ROLLUPS }) dim!: string;
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: PK_ROLLUPS }) value!: string;
  @Column({ type: 'integer' }) n!: number;
  @Column({ type: 'numeric', precision: 14, scale: 1 }) hours!: string;
  @Column({ type: 'bigint' }) nok!: string;
}
