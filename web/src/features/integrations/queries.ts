import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Answer } from '../../api/types';

export type ApiKey = Answer<'/api/api-keys'>['items'][number];
export type WebhookEndpoint = Answer<'/api/webhook-endpoints'>['items'][number];
export type WebhookDelivery = WebhookEndpoint['recentDeliveries'][number];

export const apiKeysQuery = queryOptions({ queryKey: ['api-keys'], queryFn: () => unwrap(api.GET('/api/api-keys')) });
export const webhookEndpointsQuery = queryOptions({ queryKey: ['webhook-endpoints'], queryFn: () => unwrap(api.GET('/api/webhook-endpoints')) });

/** A change to the keys or the endpoints; afterwards that list is read again. */
export function useIntegrationChange<Input, Output>(list: { queryKey: readonly unknown[] }, change: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: list.queryKey }) });
}
