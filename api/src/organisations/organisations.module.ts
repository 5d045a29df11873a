import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';
import { UnitsResolver } from './units.resolver.js';
import { UnitsService } from './units.service.js';

export const ORGANISATIONS_RESOLVERS = [OrganisationsResolver, UnitsResolver];

@Module({
  imports: [IdentityModule],
  providers: [OrganisationsService, UnitsService, ...ORGANISATIONS_RESOLVERS],
  exports: [OrganisationsService, UnitsService],
})
export class OrganisationsModule {}
