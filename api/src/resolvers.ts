import { IDENTITY_RESOLVERS } from './identity/identity.module.js';
import { NETWORKS_RESOLVERS } from './networks/networks.module.js';
import { ORGANISATIONS_RESOLVERS } from './organisations/organisations.module.js';

/** Every resolver, for printing the schema without starting the app. */
export const RESOLVERS = [...IDENTITY_RESOLVERS, ...ORGANISATIONS_RESOLVERS, ...NETWORKS_RESOLVERS];
