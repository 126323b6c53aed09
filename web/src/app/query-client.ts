import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

export const ME_QUERY_KEY = ['me'] as const;

/**
 * One cache for the whole app. A 401 anywhere means the session has ended: forgetting the user sends every
 * screen back to sign-in, which returns the user to where they were.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => endSessionOn(error) }),
    mutationCache: new MutationCache({ onError: (error) => endSessionOn(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying a refusal changes nothing; a dropped connection is worth two more tries.
        retry: (failures, error) => error instanceof ApiError && error.status === 0 && failures < 2,
        refetchOnWindowFocus: true,
      },
    },
  });
  function endSessionOn(error: unknown) {
    if (error instanceof ApiError && error.isUnauthenticated) client.setQueryData(ME_QUERY_KEY, null);
  }
  return client;
}
