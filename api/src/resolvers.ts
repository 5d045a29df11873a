import { IDENTITY_RESOLVERS } from './identity/identity.module.js';
import { NETWORKS_RESOLVERS } from './networks/networks.module.js';
import { ORGANISATIONS_RESOLVERS } from './organisations/organisations.module.js';
import { IDEAS_RESOLVERS } from './ideas/ideas.module.js';
import { EXPERIMENTS_RESOLVERS } from './experiments/experiments.module.js';
import { LEARNING_RESOLVERS } from './learning/learning.module.js';
import { NOTIFICATIONS_RESOLVERS } from './notifications/notifications.module.js';
import { LESSONS_RESOLVERS } from './lessons/lessons.module.js';
import { SPREAD_RESOLVERS } from './lessons/spread/spread.module.js';
import { PUBLIC_RESOLVERS } from './public/public.module.js';
import { PORTFOLIO_RESOLVERS } from './portfolio/portfolio.module.js';
import { DASHBOARD_RESOLVERS } from './dashboard/dashboard.module.js';
import { SEARCH_RESOLVERS } from './search/search.module.js';
import { CHALLENGES_RESOLVERS } from './challenges/challenges.module.js';

/** Every resolver, for printing the schema without starting the app. */
export const RESOLVERS = [
  ...IDENTITY_RESOLVERS,
  ...ORGANISATIONS_RESOLVERS,
  ...NETWORKS_RESOLVERS,
  ...IDEAS_RESOLVERS,
  ...EXPERIMENTS_RESOLVERS,
  ...LEARNING_RESOLVERS,
  ...NOTIFICATIONS_RESOLVERS,
  ...LESSONS_RESOLVERS,
  ...SPREAD_RESOLVERS,
  ...PUBLIC_RESOLVERS,
  ...PORTFOLIO_RESOLVERS,
  ...DASHBOARD_RESOLVERS,
  ...SEARCH_RESOLVERS,
  ...CHALLENGES_RESOLVERS,
];
