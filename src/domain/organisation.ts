import type { Language } from './languages.js';

/** A tenant: a company using Samtale. Every other record belongs to exactly one. */
export interface Organisation {
  id: string;
  name: string;
  /** IANA zone in which interview times, reminder times and dates are read and shown. */
  timeZone: string;
  defaultLanguage: Language;
  languages: Language[];
  smsEnabled: boolean;
  defaultSenderAddress: string;
  /** The name beside the sender address; null for the organisation's own name. */
  defaultSenderName: string | null;
}

/** The name candidates see beside the organisation's sender address. */
export function senderName(organisation: Pick<Organisation, 'name' | 'defaultSenderName'>): string {
  return organisation.defaultSenderName ?? organisation.name;
}

export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';
