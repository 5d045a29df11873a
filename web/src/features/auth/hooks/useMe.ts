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
