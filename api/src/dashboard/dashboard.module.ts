import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { DashboardResolver } from './dashboard.resolver.js';
import { DashboardService } from './dashboard.service.js';
import { ExperimentsExportController } from './experiments-export.controller.js';

export const DASHBOARD_RESOLVERS = [DashboardResolver];

/**
 * Portefølje: dashboards for a unit, the organisation, a network and Norway, the barometer,
 * and the experiments export (`GET /export/experiments.csv`).
 */
@Module({
  imports: [IdentityModule],
  controllers: [ExperimentsExportController],
  providers: [DashboardService, ...DASHBOARD_RESOLVERS],
})
export class DashboardModule {}
