import { Injectable } from '@nestjs/common';
import type { Actor } from '../core/auth/actor.js';
import { Db } from '../core/database/db.service.js';
import type { BarometerModel, DashboardModel, DashboardScopeOptionModel } from './dashboard.model.js';
import type { BarometerFilterInput, DashboardFilterInput } from './dto/dashboard.input.js';

/** The portfolio dashboards, read from the aggregate tables (migration 1796300000000). */
@Injectable()
export class DashboardService {
  constructor(private readonly db: Db) {}

  scopes(_actor: Actor): Promise<DashboardScopeOptionModel[]> {
    void this.db;
    throw new Error('DashboardService.scopes: being built (issue 9)');
  }

  dashboard(_actor: Actor, _filter: DashboardFilterInput): Promise<DashboardModel> {
    throw new Error('DashboardService.dashboard: being built (issue 9)');
  }

  barometer(_actor: Actor, _filter: BarometerFilterInput): Promise<BarometerModel> {
    throw new Error('DashboardService.barometer: being built (issue 9)');
  }
}
