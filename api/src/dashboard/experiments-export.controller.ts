import { Controller, Get, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '@laerekraft/shared';
import { ActorSource } from '../core/auth/actor-source.js';
import type { Actor } from '../core/auth/actor.js';
import { Db, endWithResponse, isAbandonedWork } from '../core/database/db.service.js';
import { logger } from '../core/logging/logger.js';
import { unitsBelow } from '../organisations/unit-tree.js';
import { backPressuredWriter, csvRecord, UTF8_BOM } from '../public/csv.js';
import { DashboardPolicy } from './dashboard.policy.js';
import { EXPORT_BATCH, EXPORT_COLUMNS, exportBatch, type ExportCursor } from './experiments-export.js';

/**
 * `GET /export/experiments.csv` (docs/portfolio.md): the organisation's experiments with the
 * dashboards' facts, for the session's person. Innovation leads and readers get the whole
 * organisation, managers their units and below, everyone else 403. Read under row-level
 * security in one READ ONLY transaction (a consistent snapshot however long the download),
 * in keyset batches written with back-pressure, so memory stays one batch.
 */
@Controller('export')
export class ExperimentsExportController {
  constructor(
    private readonly db: Db,
    private readonly actors: ActorSource,
  ) {}

  @Get('experiments.csv')
  async csv(@Req() req: Request, @Res() res: Response): Promise<void> {
    const uow = this.db.newUnitOfWork();
    uow.readOnly = true;
    endWithResponse(uow, res);
    await this.db.withUnitOfWork(uow, async () => {
      let started = false;
      try {
        const actor = await this.actors.actorFor(req);
        if (!actor) return refuse(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to export the experiments');
        const refusal = DashboardPolicy.exportRules(actor).open;
        if (refusal) return refuse(res, 403, refusal.code, refusal.message);
        res.status(200);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8; header=present');
        res.setHeader('Content-Disposition', 'attachment; filename="laerekraft-forsok.csv"');
        res.setHeader('Cache-Control', 'private, no-store');
        started = true;
        await this.stream(res, actor);
        await uow.finish(true);
      } catch (err) {
        await uow.finish(false).catch(() => undefined);
        if (isAbandonedWork(err)) logger.debug('the experiments export ended: the client went away');
        else logger.error({ err }, 'the experiments export failed');
        // Once the file has begun, cut it off, so the client sees a broken download, not a short file.
        if (started || res.headersSent) res.destroy();
        else refuse(res, 500, ErrorCode.INTERNAL, 'The export failed. Try again');
      }
    });
  }

  private async stream(res: Response, actor: Actor): Promise<void> {
    const write = backPressuredWriter(res);
    const units = DashboardPolicy.seesOrganisation(actor)
      ? null
      : await this.db.run(actor.scope, (m) => unitsBelow(m, actor.managedUnitIds()));
    await write(UTF8_BOM + csvRecord(EXPORT_COLUMNS.map((c) => c.name)));
    let cursor: ExportCursor | null = null;
    for (;;) {
      if (res.destroyed) return; // the client went away: read no more
      const batch = await this.db.run(actor.scope, (m) =>
        exportBatch(m, actor.organisationId, units, cursor, EXPORT_BATCH),
      );
      let chunk = '';
      for (const row of batch) chunk += csvRecord(EXPORT_COLUMNS.map((c) => c.value(row)));
      if (chunk) await write(chunk);
      const last = batch.at(-1);
      if (!last || batch.length < EXPORT_BATCH) break;
      cursor = { at: last.cursor_at, id: last.id };
    }
    res.end();
  }
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
