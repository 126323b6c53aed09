import type { EmailTemplate } from './invitation-templates.js';
import type { Language } from './languages.js';

/**
 * The invitation to book a time that every organisation starts with (issue 13). As with the interview invitation,
 * the bodies speak of "the link below" without holding `{confirmlink}`, so "Include a link" appends it; here the
 * link leads to the booking page. `{interviewdate}` and `{interviewtime}` are the offered period.
 */
export const DEFAULT_BOOKING_INVITATION_TEMPLATES: Record<Language, EmailTemplate> = {
  da: {
    subject: 'Vælg en tid til samtale: {jobtitle} hos {companyname}',
    body: `Kære {firstname}

Tak for din ansøgning til stillingen som {jobtitle}. Vi vil gerne invitere dig til en samtale, og du vælger selv tidspunktet.

Samtaleform: {interviewtype}
Dage: {interviewdate}
Tidsrum: {interviewtime}
Varighed: {duration}
Sted: {location}
Fra {companyname} deltager: {recruiters}

Vælg den tid, der passer dig, via linket nedenfor senest {bookingdeadline}. Passer ingen af tiderne, kan du samme sted bede om en anden.

Vi glæder os til at tale med dig.

Venlig hilsen
{sender}
{companyname}`,
  },
  en: {
    subject: 'Choose a time for your interview: {jobtitle} at {companyname}',
    body: `Dear {firstname},

Thank you for your application for the position of {jobtitle}. We would like to invite you to an interview, at a time you choose.

Format: {interviewtype}
Days: {interviewdate}
Times: {interviewtime}
Duration: {duration}
Location: {location}
From {companyname}: {recruiters}

Please choose the time that suits you through the link below by {bookingdeadline}. If none of the times suits you, you can ask for another there.

We look forward to speaking with you.

Kind regards,
{sender}
{companyname}`,
  },
  sv: {
    subject: 'Välj en tid för intervju: {jobtitle} hos {companyname}',
    body: `Hej {firstname}!

Tack för din ansökan till tjänsten som {jobtitle}. Vi vill gärna bjuda in dig till en intervju, och du väljer själv tiden.

Intervjuform: {interviewtype}
Dagar: {interviewdate}
Tider: {interviewtime}
Längd: {duration}
Plats: {location}
Från {companyname} deltar: {recruiters}

Välj den tid som passar dig via länken nedan senast {bookingdeadline}. Om ingen av tiderna passar kan du be om en annan på samma ställe.

Vi ser fram emot att prata med dig!

Vänliga hälsningar
{sender}
{companyname}`,
  },
  nb: {
    subject: 'Velg en tid for intervju: {jobtitle} hos {companyname}',
    body: `Hei {firstname}!

Takk for søknaden din på stillingen som {jobtitle}. Vi vil gjerne invitere deg til et intervju, og du velger selv tidspunktet.

Intervjuform: {interviewtype}
Dager: {interviewdate}
Tidsrom: {interviewtime}
Varighet: {duration}
Sted: {location}
Fra {companyname} deltar: {recruiters}

Velg tiden som passer deg via lenken nedenfor innen {bookingdeadline}. Passer ingen av tidene, kan du be om en annen samme sted.

Vi ser frem til å snakke med deg!

Vennlig hilsen
{sender}
{companyname}`,
  },
};
