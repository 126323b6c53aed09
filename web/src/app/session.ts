import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { api, ApiError, unwrap } from '../api/client';
import type { Me } from '../api/types';
import { ME_QUERY_KEY } from './query-client';

/** The signed-in user with their organisation, or null when nobody is signed in (or the session ended). */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: ME_QUERY_KEY,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/me'));
      } catch (error) {
        if (error instanceof ApiError && error.isUnauthenticated) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/**
 * The signed-in user, provided by RequireSession to the screens behind it. A context rather than the query: when
 * the session ends, the query turns null before those screens unmount, and they must not see that.
 */
export const SignedInContext = createContext<Me | null>(null);

export function useSignedIn(): Me {
  const me = useContext(SignedInContext);
  if (!me) throw new Error('useSignedIn outside RequireSession');
  return me;
}
