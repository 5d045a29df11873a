import { createHash } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../core/config/config.js';
import { logger } from '../core/logging/logger.js';
import { backPressuredWriter, csvRecord, UTF8_BOM } from './csv.js';
import { CSV_FIELDS, csvValue, jsonRecord, type OpenDataContext } from './open-data.fields.js';
import { PublicLessonsService, type PublicCursor } from './public-lessons.service.js';
import { publicLessonPath, publicOrigin } from './public-origin.js';

/** Lessons per read: each batch is one short transaction of two statements. */
export const OPEN_DATA_BATCH = 500;
/** Bumped when the fields change, so caches do not keep the old shape under the same ETag. */
const FORMAT_VERSION = 1;

type Format = 'csv' | 'json';

/**
 * Open data: every public lesson as CSV and as JSON (docs/open-data.md), read as nobody and
 * streamed in keyset batches, so memory stays one batch whatever the number of lessons and a
 * slow download holds no database connection between batches.
 */
@Controller('open')
export class OpenDataController {
  constructor(
    private readonly lessons: PublicLessonsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('lessons.csv')
  csv(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, 'csv');
  }

  @Get('lessons.json')
  json(@Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, 'json');
  }

  private async send(req: Request, res: Response, format: Format): Promise<void> {
    const origin = publicOrigin(this.config, req);
    const licence = this.config.openDataLicence;
    const fresh = await this.lessons.freshness();
    const tag = createHash('sha256')
      .update(
        JSON.stringify([
          FORMAT_VERSION,
          format,
          origin,
          licence,
          fresh.lessons,
          fresh.adoptions,
          fresh.lastModified,
        ]),
      )
      .digest('base64url')
      .slice(0, 27);
    res.setHeader(
      'Content-Type',
      format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8',
    );
    if (format === 'csv')
      res.setHeader('Content-Disposition', 'inline; filename="laerekraft-laerdommer.csv"');
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.setHeader('ETag', `W/"${tag}"`);
    if (fresh.lastModified) res.setHeader('Last-Modified', fresh.lastModified.toUTCString());
    // Public data with no credentials: any site may read it.
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (notModified(req, `W/"${tag}"`, fresh.lastModified)) {
      res.status(304).end();
      return;
    }
    if (req.method === 'HEAD') {
      res.status(200).end();
      return;
    }
    res.status(200);
    try {
      await this.stream(res, format, origin, licence);
    } catch (err) {
      // Headers are gone: cut the response off, so the client sees a broken download, not a short file.
      logger.error({ err }, 'the open data export failed');
      res.destroy();
    }
  }

  private async stream(
    res: Response,
    format: Format,
    origin: string,
    licence: AppConfig['openDataLicence'],
  ): Promise<void> {
    // Back-pressure: wait until the client has taken what was written (or has gone away).
    const write = backPressuredWriter(res);
    await write(format === 'csv' ? UTF8_BOM + csvRecord(CSV_FIELDS.map((f) => f.name)) : '[');
    let cursor: PublicCursor | null = null;
    let first = true;
    for (;;) {
      if (res.destroyed) return; // the client went away: read no more
      const batch = await this.lessons.batch(cursor, OPEN_DATA_BATCH);
      let chunk = '';
      for (const lesson of batch) {
        const c: OpenDataContext = { lesson, url: origin + publicLessonPath(lesson.id), licence };
        if (format === 'csv') chunk += csvRecord(CSV_FIELDS.map((f) => csvValue(f, c)));
        else {
          chunk += (first ? '\n' : ',\n') + JSON.stringify(jsonRecord(c));
          first = false;
        }
      }
      if (chunk) await write(chunk);
      const last = batch.at(-1);
      if (!last || batch.length < OPEN_DATA_BATCH) break;
      cursor = { at: last.cursorKey, id: last.id };
    }
    res.end(format === 'json' ? (first ? ']\n' : '\n]\n') : undefined);
  }
}

/**
 * A conditional GET the origin answers itself (Express's `req.fresh` says no whenever the
 * request carries Cache-Control: no-cache, which fetch() adds to every conditional request).
 * If-None-Match wins over If-Modified-Since (RFC 9110, 13.2.2); tags compare weakly.
 */
export function notModified(req: Request, etag: string, lastModified: Date | null): boolean {
  const weak = (t: string) => t.trim().replace(/^W\//, '');
  const inm = req.get('if-none-match');
  if (inm) return inm.trim() === '*' || inm.split(',').some((t) => weak(t) === weak(etag));
  const ims = req.get('if-modified-since');
  if (!ims || !lastModified) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}
