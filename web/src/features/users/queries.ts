import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { recruitersQuery } from '../../api/queries';
import { ME_QUERY_KEY } from '../../app/query-client';

export const usersQuery = queryOptions({ queryKey: ['users'], queryFn: () => unwrap(api.GET('/api/users')) });

/**
 * A change to a user: afterwards the list is read again, and so are the recruiters offered elsewhere (a deactivated
 * user no longer is) and the signed-in user (whose own role or SMS access may be what changed).
 */
export function useUserChange<Input>(change: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
        queryClient.invalidateQueries({ queryKey: recruitersQuery.queryKey }),
        queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }),
      ]),
  });
}
