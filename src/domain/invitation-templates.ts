import type { Language } from './languages.js';

export interface EmailTemplate {
  subject: string;
  body: string;
}

/**
 * The interview invitation every organisation starts with, in each language Samtale ships. The bodies speak of
 * "the link below" but do not hold `{confirmlink}`: the "Include a link" option appends it (see confirm-link.ts),
 * and a body holding it would turn that option off by default.
 */
export const DEFAULT_INVITATION_TEMPLATES: Record<Language, EmailTemplate> = {
  da: {
    subject: 'Invitation til samtale: {jobtitle} hos {companyname}',
    body: `Kære {firstname}

Tak for din ansøgning til stillingen som {jobtitle}. Vi vil gerne invitere dig til en samtale.

Samtaleform: {interviewtype}
Dato: {interviewdate}
Tidspunkt: {interviewtime}
Varighed: {duration}
Sted: {location}
Fra {companyname} deltager: {recruiters}

Giv os venligst besked via linket nedenfor, om du kan deltage. Passer tidspunktet ikke, kan du samme sted bede om et nyt.

Vi glæder os til at tale med dig.

Venlig hilsen
{sender}
{companyname}`,
  },
  en: {
    subject: 'Interview invitation: {jobtitle} at {companyname}',
    body: `Dear {firstname},

Thank you for your application for the position of {jobtitle}. We would like to invite you to an interview.

Format: {interviewtype}
Date: {interviewdate}
Time: {interviewtime}
Duration: {duration}
Location: {location}
From {companyname}: {recruiters}

Please use the link below to let us know whether you can attend. If the time does not suit you, you can ask for a new one there.

We look forward to speaking with you.

Kind regards,
{sender}
{companyname}`,
  },
  sv: {
    subject: 'Inbjudan till intervju: {jobtitle} hos {companyname}',
    body: `Hej {firstname}!

Tack för din ansökan till tjänsten som {jobtitle}. Vi vill gärna bjuda in dig till en intervju.

Intervjuform: {interviewtype}
Datum: {interviewdate}
Tid: {interviewtime}
Längd: {duration}
Plats: {location}
Från {companyname} deltar: {recruiters}

Meddela oss gärna via länken nedan om du kan delta. Om tiden inte passar kan du be om en ny tid på samma ställe.

Vi ser fram emot att prata med dig!

Vänliga hälsningar
{sender}
{companyname}`,
  },
  nb: {
    subject: 'Invitasjon til intervju: {jobtitle} hos {companyname}',
    body: `Hei {firstname}!

Takk for søknaden din på stillingen som {jobtitle}. Vi vil gjerne invitere deg til et intervju.

Intervjuform: {interviewtype}
Dato: {interviewdate}
Tid: {interviewtime}
Varighet: {duration}
Sted: {location}
Fra {companyname} deltar: {recruiters}

Gi oss gjerne beskjed via lenken nedenfor om du kan delta. Passer ikke tidspunktet, kan du be om et nytt samme sted.

Vi ser frem til å snakke med deg!

Vennlig hilsen
{sender}
{companyname}`,
  },
};
