import { Module } from '@nestjs/common';
import { NetworkMemberResolver, NetworksResolver, NetworksViewerCanResolver } from './networks.resolver.js';
import { NetworksService } from './networks.service.js';

export const NETWORKS_RESOLVERS = [NetworksResolver, NetworkMemberResolver, NetworksViewerCanResolver];

@Module({ providers: [NetworksService, ...NETWORKS_RESOLVERS], exports: [NetworksService] })
export class NetworksModule {}
