import type { ApolloCache } from '@apollo/client';

/**
 * Publishing, moving or withdrawing a lesson changes which library lists (one per filter) hold it;
 * the lesson itself is in the mutation's answer. Those lists are dropped, not refetched: none is
 * on screen beside the lesson's page, and the library reads afresh when it opens.
 */
export function dropLessonLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'lessons' });
  cache.gc();
}
