import type { Language } from './languages.js';

/** An email reminder as the recruiter edits it: the source asks for its subject, content and signature apart. */
export interface ReminderEmailTemplate {
  subject: string;
  body: string;
  /** Joined to the body by `reminderEmailBody` (reminder-message.ts). */
  signature: string;
}

export interface ReminderSmsTemplate {
  text: string;
}

/**
 * The email reminder every organisation starts with, in each language Samtale ships. Unlike the invitation, the body
 * holds `{confirmlink}` itself: a reminder has no "include a link" option, and a candidate who can no longer come
 * should be able to say so from the reminder in one tap.
 */
export const DEFAULT_REMINDER_EMAIL_TEMPLATES: Record<Language, ReminderEmailTemplate> = {
  da: {
    subject: 'Påmindelse om din samtale hos {companyname} {interviewdate}',
    body: `Kære {firstname}

Her er en påmindelse om din samtale om stillingen som {jobtitle} hos {companyname}.

Samtaleform: {interviewtype}
Dato: {interviewdate}
Tidspunkt: {interviewtime}
Varighed: {duration}
Sted: {location}
Fra {companyname} deltager: {recruiters}

Kan du alligevel ikke komme, eller passer tidspunktet ikke længere? Giv os besked her: {confirmlink}

Vi glæder os til at tale med dig.`,
    signature: `Venlig hilsen
{sender}
{companyname}`,
  },
  en: {
    subject: 'Reminder: your interview at {companyname} on {interviewdate}',
    body: `Dear {firstname},

This is a reminder of your interview for the position of {jobtitle} at {companyname}.

Format: {interviewtype}
Date: {interviewdate}
Time: {interviewtime}
Duration: {duration}
Location: {location}
From {companyname}: {recruiters}

If you can no longer attend, or the time no longer suits you, please let us know here: {confirmlink}

We look forward to speaking with you.`,
    signature: `Kind regards,
{sender}
{companyname}`,
  },
  sv: {
    subject: 'Påminnelse om din intervju hos {companyname} {interviewdate}',
    body: `Hej {firstname}!

Här kommer en påminnelse om din intervju för tjänsten som {jobtitle} hos {companyname}.

Intervjuform: {interviewtype}
Datum: {interviewdate}
Tid: {interviewtime}
Längd: {duration}
Plats: {location}
Från {companyname} deltar: {recruiters}

Om du inte kan komma, eller om tiden inte längre passar, meddela oss här: {confirmlink}

Vi ser fram emot att prata med dig!`,
    signature: `Vänliga hälsningar
{sender}
{companyname}`,
  },
  nb: {
    subject: 'Påminnelse om intervjuet ditt hos {companyname} {interviewdate}',
    body: `Hei {firstname}!

Dette er en påminnelse om intervjuet ditt for stillingen som {jobtitle} hos {companyname}.

Intervjuform: {interviewtype}
Dato: {interviewdate}
Tid: {interviewtime}
Varighet: {duration}
Sted: {location}
Fra {companyname} deltar: {recruiters}

Kan du likevel ikke komme, eller passer ikke tidspunktet lenger? Gi oss beskjed her: {confirmlink}

Vi ser frem til å snakke med deg!`,
    signature: `Vennlig hilsen
{sender}
{companyname}`,
  },
};

/**
 * The SMS reminder every organisation starts with. Short enough for two GSM-7 segments with typical values, so
 * without the place (a video meeting's address alone can fill a segment) or the recruiters: the email and the
 * invitation carry those. Every letter is GSM-7 (æ ø å ä ö are); the values must go through `plainSmsText`
 * (sms-segments.ts), since the interview time is written with an en dash, which is not.
 */
export const DEFAULT_REMINDER_SMS_TEMPLATES: Record<Language, ReminderSmsTemplate> = {
  da: {
    text: 'Hej {firstname}, husk din samtale hos {companyname} {interviewdate} kl. {interviewtime}. Kan du ikke komme alligevel? Giv besked her: {confirmlink}',
  },
  en: {
    text: "Hi {firstname}, a reminder of your interview with {companyname} on {interviewdate} at {interviewtime}. Can't make it? Let us know here: {confirmlink}",
  },
  sv: {
    text: 'Hej {firstname}! Glöm inte din intervju hos {companyname} {interviewdate} kl. {interviewtime}. Kan du inte komma? Svara här: {confirmlink}',
  },
  nb: {
    text: 'Hei {firstname}! Husk intervjuet ditt hos {companyname} {interviewdate} kl. {interviewtime}. Kan du ikke komme likevel? Gi beskjed her: {confirmlink}',
  },
};
