import { useQuery } from '@tanstack/react-query';
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

/** For screens inside the frame, where the session is known to exist. */
export function useSignedIn(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedIn outside a signed-in frame');
  return data;
}
