import { Controller, Get, HttpCode, HttpException, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Liveness says the process answers; readiness says it can reach its database. */
@Controller('health')
export class HealthController {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready() {
    try {
      await Promise.race([
        this.ds.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      return { status: 'ok', database: 'ok' };
    } catch {
      throw new HttpException({ status: 'unavailable', database: 'unreachable' }, 503);
    }
  }
}
