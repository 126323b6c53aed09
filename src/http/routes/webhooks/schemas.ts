import { Type } from 'typebox';
import { WEBHOOK_EVENT_TYPES } from '../../../domain/webhook.js';
import { Id, Instant } from '../../schemas.js';

const EventType = Type.Enum([...WEBHOOK_EVENT_TYPES]);

export const AddWebhookEndpointBody = Type.Object(
  {
    url: Type.String({ minLength: 1, maxLength: 2000, description: 'An https:// address; Samtale posts each event there as JSON.' }),
    events: Type.Array(EventType, { minItems: 1, maxItems: WEBHOOK_EVENT_TYPES.length * 2, description: 'The event types it is sent.' }),
  },
  { additionalProperties: false },
);

export const DeliverySchema = Type.Object({
  id: Id,
  eventType: EventType,
  status: Type.Enum(['queued', 'sending', 'sent', 'failed', 'cancelled'], {
    description: '`sent`: the endpoint answered 2xx. `queued` after a failed try: waiting for the next (30 s, 2 min, 8 min, 32 min, 2 h). `failed`: six tries failed, or the host name led to a private or local network (not tried again); an administrator may send it again.',
  }),
  attempts: Type.Integer(),
  nextAttemptAt: Instant,
  sentAt: Type.Union([Instant, Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()], { description: 'Why the last try failed: the status the endpoint answered, or that it could not be reached.' }),
  createdAt: Instant,
});

export const WebhookEndpointSchema = Type.Object({
  id: Id,
  url: Type.String(),
  events: Type.Array(EventType),
  createdBy: Type.Object({ id: Id, name: Type.String() }, { description: 'The administrator who added it.' }),
  createdAt: Instant,
  recentDeliveries: Type.Array(DeliverySchema, { description: 'Its latest 10 deliveries, newest first.' }),
});

export const AddedWebhookEndpointSchema = Type.Object({
  ...WebhookEndpointSchema.properties,
  signingSecret: Type.String({
    description: 'The secret to verify the `Samtale-Signature` header with. Shown only this once: Samtale derives it when signing and never stores it.',
  }),
});

export const WebhookEndpointListResponse = Type.Object({ items: Type.Array(WebhookEndpointSchema, { description: 'Newest first.' }) });
