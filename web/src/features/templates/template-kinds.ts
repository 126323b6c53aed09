import { MESSAGE_TEMPLATES, type TemplateKind } from '@domain/message-templates';
import type { TemplateVariable } from '@domain/template';

/** The screen's kinds in the order an administrator meets them: the invitations (to a time, to book one), then the reminders. */
export const TEMPLATE_KINDS = Object.keys(MESSAGE_TEMPLATES) as TemplateKind[];

/** A kind as the API's paths spell it: `interview_invitation` → `interview-invitation`. */
export type KindPath = 'interview-invitation' | 'booking-invitation' | 'reminder-email' | 'reminder-sms';

export function kindPath(kind: TemplateKind): KindPath {
  return kind.replace('_', '-') as KindPath;
}

export function isTemplateKind(value: string | null): value is TemplateKind {
  return value !== null && (TEMPLATE_KINDS as string[]).includes(value);
}

/** The variables a kind's texts may hold: an invitation to book may also say until when (`{bookingdeadline}`). */
export function variablesOf(kind: TemplateKind): readonly TemplateVariable[] {
  return MESSAGE_TEMPLATES[kind].variables;
}

export type Parts = Record<string, string>;

/** The parts an administrator edits for a kind: subject and content, a signature, or the SMS text. */
export function partsOf(kind: TemplateKind, template: Record<string, unknown>): Parts {
  return Object.fromEntries(MESSAGE_TEMPLATES[kind].parts.map((part) => [part, typeof template[part] === 'string' ? template[part] : '']));
}

export function partsDiffer(a: Parts, b: Parts): boolean {
  return Object.keys({ ...a, ...b }).some((part) => (a[part] ?? '') !== (b[part] ?? ''));
}
