import { api, ApiError, unwrap } from '../../api/client';

/** The boxes fill up while one looks: the worker delivers within seconds. */
const REFRESH_EVERY = 10_000;

export const mailboxQuery = {
  queryKey: ['dev-mailbox'],
  queryFn: () => unwrap(api.GET('/api/dev-mailbox')),
  refetchInterval: REFRESH_EVERY,
};

export const mailQuery = (mailId: string) => ({
  queryKey: ['dev-mailbox', mailId],
  queryFn: () => unwrap(api.GET('/api/dev-mailbox/{mailId}', { params: { path: { mailId } } })),
  staleTime: Infinity,
});

export const smsBoxQuery = {
  queryKey: ['dev-sms'],
  queryFn: () => unwrap(api.GET('/api/dev-sms')),
  refetchInterval: REFRESH_EVERY,
};

/** A box the server does not keep (SMTP or Twilio configured) does not exist: its address answers 404. */
export function isInactiveBox(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
