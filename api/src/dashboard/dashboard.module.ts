import { Module } from '@nestjs/common';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';

export const DASHBOARD_RESOLVERS = [DashboardResolver];

/** Portefølje: dashboards for a unit, the organisation, a network and Norway, and the barometer. */
@Module({ providers: [DashboardService, ...DASHBOARD_RESOLVERS] })
export class DashboardModule {}
