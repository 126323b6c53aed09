import type { InterviewType } from './interview.js';
import { languageOfTag, type Language } from './languages.js';

/** Samtale's own words in one language: what it writes to candidates around the recruiter's text. */
export interface Texts {
  /** The BCP 47 locale that dates, times, numbers and lists are formatted in. */
  locale: string;
  /** Written mid-sentence ("invited to a phone interview"), hence lower case. */
  interviewTypes: Record<InterviewType, string>;
  /** Appended to an email that lacks `{confirmlink}` when the recruiter keeps the "include a link" option. */
  confirmLinkSentence: string;
  /** The same for an invitation to book a time, whose link leads to the times to choose from. */
  bookingLinkSentence: string;
  /** The confirmation link as a button in the HTML part of an invitation, and the words before its plain address. */
  confirmLinkButton: string;
  confirmLinkAddress: string;
  /** Where a phone interview "takes place" when the recruiter gave no number or note: we call the candidate. */
  phoneCallLocation: string;
}

export const TEXTS: Record<Language, Texts> = {
  da: {
    locale: 'da-DK',
    interviewTypes: {
      phone: 'telefonsamtale',
      in_person: 'personlig samtale',
      group: 'gruppesamtale',
      video: 'videosamtale',
    },
    confirmLinkSentence: 'Svar venligst på invitationen her: {confirmlink}',
    bookingLinkSentence: 'Vælg din tid her: {confirmlink}',
    confirmLinkButton: 'Svar på invitationen',
    confirmLinkAddress: 'Virker knappen ikke, kan du åbne denne adresse:',
    phoneCallLocation: 'Vi ringer til dig',
  },
  // British English: Nordic recruiters and candidates expect day-month dates and a 24-hour clock.
  en: {
    locale: 'en-GB',
    interviewTypes: {
      phone: 'phone interview',
      in_person: 'in-person interview',
      group: 'group interview',
      video: 'video interview',
    },
    confirmLinkSentence: 'Please reply to the invitation here: {confirmlink}',
    bookingLinkSentence: 'Choose your time here: {confirmlink}',
    confirmLinkButton: 'Reply to the invitation',
    confirmLinkAddress: 'If the button does not work, open this address:',
    phoneCallLocation: 'We will call you',
  },
  sv: {
    locale: 'sv-SE',
    interviewTypes: {
      phone: 'telefonintervju',
      in_person: 'personlig intervju',
      group: 'gruppintervju',
      video: 'videointervju',
    },
    confirmLinkSentence: 'Svara på inbjudan här: {confirmlink}',
    bookingLinkSentence: 'Välj din tid här: {confirmlink}',
    confirmLinkButton: 'Svara på inbjudan',
    confirmLinkAddress: 'Om knappen inte fungerar kan du öppna den här adressen:',
    phoneCallLocation: 'Vi ringer upp dig',
  },
  nb: {
    locale: 'nb-NO',
    interviewTypes: {
      phone: 'telefonintervju',
      in_person: 'personlig intervju',
      group: 'gruppeintervju',
      video: 'videointervju',
    },
    confirmLinkSentence: 'Svar på invitasjonen her: {confirmlink}',
    bookingLinkSentence: 'Velg tiden din her: {confirmlink}',
    confirmLinkButton: 'Svar på invitasjonen',
    confirmLinkAddress: 'Virker ikke knappen, kan du åpne denne adressen:',
    phoneCallLocation: 'Vi ringer deg',
  },
};

/**
 * The texts for a language as stored on a candidate, which is free text: a region ("da-DK", "da_DK") or another case
 * ("DA") still picks the language; anything Samtale does not ship falls back, typically to the organisation's.
 */
export function textsFor(language: string, fallback: Language): Texts {
  return TEXTS[languageOfTag(language, fallback)];
}
