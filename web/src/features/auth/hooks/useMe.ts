import { useQuery } from '@apollo/client/react';
import type { MeQuery as MeQueryResult, Role } from '../../../gql/graphql';
import { MeQuery } from '../graphql/auth';

export type Me = MeQueryResult['me'];

/** The signed-in person, read from the cache that `RequireAuth` filled. */
export function useMe(): Me | undefined {
  const { data } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return data?.me;
}

export function hasRole(me: Me | undefined, role: Role): boolean {
  return !!me?.roles.some((r) => r.role === role);
}

/** Readers follow the portfolio; anyone with another role (or none yet) may register ideas, as the API decides. */
export function canCreateIdeas(me: Me | undefined): boolean {
  if (!me) return false;
  return !hasRole(me, 'READER') || me.roles.some((r) => r.role !== 'READER');
}

/** Managers decide on ideas from their units. */
export function isManager(me: Me | undefined): boolean {
  return hasRole(me, 'MANAGER');
}
