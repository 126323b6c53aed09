import * as z from 'zod/mini';

/** The event types an endpoint may be sent, in the order the screen offers them. */
export const EVENT_TYPES = ['invitation.sent', 'invitation.answered', 'interview.moved', 'interview.cancelled', 'reminder.sent', 'reminder.failed'] as const;

/** The catalog key of an event type's words: i18next reads a dot in a key as a level. */
export const eventTypeWords = (type: (typeof EVENT_TYPES)[number]) => `webhooks.eventTypes.${type.replace('.', '_')}`;

/** Creating an API key; messages are catalog keys under `integrations:errors`. */
export const apiKeySchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'nameMissing'), z.maxLength(100, 'nameTooLong')),
  scope: z.enum(['read', 'write']),
});
export type ApiKeyForm = z.infer<typeof apiKeySchema>;
export const EMPTY_API_KEY: ApiKeyForm = { name: '', scope: 'read' };

/**
 * Adding a webhook endpoint. Only what the screen can tell at once is checked here (something typed, https); the
 * rest (a private network's address, a user name in it) the server refuses, and the screen shows at the field.
 */
export const webhookSchema = z.object({
  url: z.string().check(z.trim(), z.minLength(1, 'urlMissing'), z.refine((url) => /^https:\/\//i.test(url), 'urlNotHttps')),
  events: z.array(z.enum(EVENT_TYPES)).check(z.minLength(1, 'eventsMissing')),
});
export type WebhookForm = z.infer<typeof webhookSchema>;
export const EMPTY_WEBHOOK: WebhookForm = { url: '', events: [...EVENT_TYPES] };

/** The server's refusals of an address (src/domain/webhook.ts), each with its sentence in the catalog. */
const URL_REFUSALS: Record<string, string> = {
  'is not a valid URL': 'urlInvalid',
  'may not hold a user name or password': 'urlWithCredentials',
  'must be an https:// address': 'urlNotHttps',
  'may not be an address of a private or local network': 'urlInternal',
};

/** The catalog key for the server's refusal of an address, or null for one the screen has no words for. */
export function urlRefusalKey(serverMessage: string): string | null {
  return URL_REFUSALS[serverMessage] ?? null;
}
