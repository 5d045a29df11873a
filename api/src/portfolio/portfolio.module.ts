import { Module } from '@nestjs/common';
import { PortfolioResolver } from './portfolio.resolver.js';
import { PortfolioService } from './portfolio.service.js';

export const PORTFOLIO_RESOLVERS = [PortfolioResolver];

/** The organisation's portfolio at a glance (Mitt arbeid for leads and readers). */
@Module({ providers: [PortfolioService, ...PORTFOLIO_RESOLVERS] })
export class PortfolioModule {}
