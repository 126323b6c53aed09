import { languageOfTag, type Language } from '../domain/languages.js';
import type { Answer } from '../domain/response-status.js';

/** Why an invitation no longer takes answers. */
export const CLOSED_REASONS = ['started', 'cancelled', 'withdrawn', 'booking_closed'] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];

/** A page that only tells something: its `<title>`, its one heading and a paragraph. */
export interface MessageTexts {
  title: string;
  heading: string;
  body: string;
}

/**
 * Every word of the candidate's pages in one language. Plain text without placeholders: values (the company, the
 * date) are shown beside the words, never spliced into them, so each sentence stays whole and grammatical in
 * every language and nothing needs escaping twice.
 */
export interface PageTexts {
  /** The four answers, in the source's words (da, en); also the labels of their buttons. */
  answers: Record<Answer, string>;
  /** Labels of the interview's details. */
  details: {
    company: string;
    position: string;
    interviewType: string;
    date: string;
    time: string;
    duration: string;
    place: string;
    meetingLink: string;
    interviewers: string;
  };
  invitation: {
    title: string;
    intro: string;
    /** The heading above the answers. */
    answerHeading: string;
    /** Shown while the candidate has not answered. */
    awaiting: string;
    /** Followed by the current answer, e.g. "Your current answer: Yes, I would like to attend". */
    currentAnswer: string;
    changeAnswer: string;
    /** The optional message sent with "Contact me for a new appointment". */
    messageLabel: string;
    messageHint: string;
  };
  /** "Are you sure?" before "Cancel my application", which is final. */
  withdrawal: {
    title: string;
    heading: string;
    consequence: string;
    confirm: string;
    goBack: string;
  };
  /** The page after an answer was recorded: what happens next. */
  answered: Record<Answer, MessageTexts>;
  /** On the answered page, while the answer may still change. */
  changeAnswerHint: string;
  changeAnswerLink: string;
  /** The link to the interview's calendar file, on the invitation and after "yes". */
  addToCalendar: string;
  /** The booking page: the candidate chooses one of the times the recruiter offered. */
  booking: {
    title: string;
    intro: string;
    /** Followed by the zone's name, e.g. "All times are in: Central European Time". */
    zone: string;
    /** Followed by the deadline's date and time. */
    deadline: string;
    freeTimes: string;
    /** For a group session: followed by how many seats are left. */
    seatsLeft: string;
    book: string;
    /** Followed by the booked day and time. */
    yourTime: string;
    changeHeading: string;
    change: string;
    cancel: string;
    /** The time chosen was booked by someone else a moment before. */
    slotGone: string;
    noneSuitHeading: string;
    /** Every time is booked: only the new-time request is left. */
    noSlotsLeft: string;
  };
  closed: Record<ClosedReason, MessageTexts>;
  /** Unknown, malformed and expired links alike: it must not tell which. */
  notFound: MessageTexts;
  tooManyRequests: MessageTexts;
}

export const PAGE_TEXTS: Record<Language, PageTexts> = {
  da: {
    answers: {
      accepted: 'Ja tak, jeg vil gerne deltage',
      declined: 'Nej tak, jeg ønsker ikke at deltage',
      new_time_requested: 'Kontakt mig for en ny aftale',
      not_relevant: 'Annullér min ansøgning',
    },
    details: {
      company: 'Virksomhed',
      position: 'Stilling',
      interviewType: 'Type af samtale',
      date: 'Dato',
      time: 'Tid',
      duration: 'Varighed',
      place: 'Sted',
      meetingLink: 'Mødelink',
      interviewers: 'Samtalen holdes af',
    },
    invitation: {
      title: 'Invitation til samtale',
      intro: 'Du er inviteret til samtale. Her er oplysningerne om samtalen.',
      answerHeading: 'Dit svar',
      awaiting: 'Giv os besked, om du kan deltage, ved at vælge et af svarene herunder.',
      currentAnswer: 'Dit nuværende svar:',
      changeAnswer: 'Du kan ændre dit svar herunder, indtil samtalen begynder.',
      messageLabel: 'Besked (valgfri)',
      messageHint: 'Ønsker du en ny aftale, kan du skrive, hvornår det passer dig. Højst 1000 tegn.',
    },
    withdrawal: {
      title: 'Annullér ansøgning',
      heading: 'Vil du annullere din ansøgning?',
      consequence:
        'Din ansøgning bliver trukket tilbage, og du deltager ikke i samtalen. Det er endeligt og kan ikke fortrydes her.',
      confirm: 'Ja, annullér min ansøgning',
      goBack: 'Nej, gå tilbage',
    },
    answered: {
      accepted: {
        title: 'Tak for dit svar',
        heading: 'Tak – vi glæder os til at se dig',
        body: 'Vi har registreret, at du deltager i samtalen.',
      },
      declined: {
        title: 'Tak for dit svar',
        heading: 'Tak for din besked',
        body: 'Vi har registreret, at du ikke deltager i samtalen.',
      },
      new_time_requested: {
        title: 'Tak for dit svar',
        heading: 'Vi kontakter dig',
        body: 'Vi har registreret, at du ønsker en ny aftale. Virksomheden kontakter dig for at finde et nyt tidspunkt.',
      },
      not_relevant: {
        title: 'Ansøgningen er annulleret',
        heading: 'Din ansøgning er annulleret',
        body: 'Vi har registreret, at du trækker din ansøgning tilbage, så du deltager ikke i samtalen. Tak for din interesse.',
      },
    },
    changeAnswerHint: 'Du kan ændre dit svar, indtil samtalen begynder.',
    changeAnswerLink: 'Ændr dit svar',
    addToCalendar: 'Føj til min kalender',
    booking: {
      title: 'Book en tid til samtale',
      intro: 'Vælg den tid, der passer dig bedst. Du kan skifte eller aflyse tiden indtil fristen.',
      zone: 'Tiderne er angivet i',
      deadline: 'Book senest',
      freeTimes: 'Ledige tider',
      seatsLeft: 'Ledige pladser:',
      book: 'Book den valgte tid',
      yourTime: 'Din tid:',
      changeHeading: 'Skift til en anden tid',
      change: 'Skift til den valgte tid',
      cancel: 'Aflys min tid',
      slotGone: 'Den tid, du valgte, blev netop booket af en anden. Vælg en af de ledige tider herunder.',
      noneSuitHeading: 'Passer ingen af tiderne?',
      noSlotsLeft: 'Alle tider er desværre booket. Skriv, hvornår det passer dig, så kontakter virksomheden dig.',
    },
    closed: {
      started: {
        title: 'Invitationen er lukket',
        heading: 'Invitationen er lukket',
        body: 'Samtalen er begyndt, så invitationen kan ikke længere besvares her. Kontakt virksomheden, hvis du har spørgsmål.',
      },
      cancelled: {
        title: 'Samtalen er aflyst',
        heading: 'Samtalen er aflyst',
        body: 'Virksomheden har aflyst samtalen, så invitationen kan ikke besvares. Kontakt virksomheden, hvis du har spørgsmål.',
      },
      withdrawn: {
        title: 'Ansøgningen er annulleret',
        heading: 'Din ansøgning er annulleret',
        body: 'Du har annulleret din ansøgning. Det er endeligt, så invitationen kan ikke længere besvares. Kontakt virksomheden, hvis det var en fejl.',
      },
      booking_closed: {
        title: 'Bookingen er lukket',
        heading: 'Bookingen er lukket',
        body: 'Fristen for at booke eller ændre en tid er overskredet, eller virksomheden har lukket for booking. Kontakt virksomheden, hvis du har spørgsmål.',
      },
    },
    notFound: {
      title: 'Linket virker ikke',
      heading: 'Linket virker ikke',
      body: 'Linket er forkert eller ikke længere gyldigt. Tjek, at du har brugt hele linket fra e-mailen, eller kontakt virksomheden, der har inviteret dig.',
    },
    tooManyRequests: {
      title: 'For mange forsøg',
      heading: 'For mange forsøg',
      body: 'Vent et øjeblik, og prøv så igen.',
    },
  },
  en: {
    answers: {
      accepted: 'Yes, I would like to attend',
      declined: 'No, I do not wish to attend',
      new_time_requested: 'Contact me for a new appointment',
      not_relevant: 'Cancel my application',
    },
    details: {
      company: 'Company',
      position: 'Position',
      interviewType: 'Type of interview',
      date: 'Date',
      time: 'Time',
      duration: 'Duration',
      place: 'Place',
      meetingLink: 'Meeting link',
      interviewers: 'Interviewers',
    },
    invitation: {
      title: 'Invitation to interview',
      intro: 'You are invited to an interview. Here are the details.',
      answerHeading: 'Your answer',
      awaiting: 'Please let us know whether you can attend by choosing one of the answers below.',
      currentAnswer: 'Your current answer:',
      changeAnswer: 'You can change your answer below until the interview starts.',
      messageLabel: 'Message (optional)',
      messageHint: 'If you would like a new appointment, you can tell us when suits you. At most 1000 characters.',
    },
    withdrawal: {
      title: 'Cancel application',
      heading: 'Do you want to cancel your application?',
      consequence:
        'Your application will be withdrawn and you will not attend the interview. This is final and cannot be undone here.',
      confirm: 'Yes, cancel my application',
      goBack: 'No, go back',
    },
    answered: {
      accepted: {
        title: 'Thank you for your answer',
        heading: 'Thank you – we look forward to seeing you',
        body: 'We have noted that you will attend the interview.',
      },
      declined: {
        title: 'Thank you for your answer',
        heading: 'Thank you for letting us know',
        body: 'We have noted that you will not attend the interview.',
      },
      new_time_requested: {
        title: 'Thank you for your answer',
        heading: 'We will contact you',
        body: 'We have noted that you would like a new appointment. The company will contact you to find a new time.',
      },
      not_relevant: {
        title: 'Application cancelled',
        heading: 'Your application has been cancelled',
        body: 'We have noted that you are withdrawing your application, so you will not attend the interview. Thank you for your interest.',
      },
    },
    changeAnswerHint: 'You can change your answer until the interview starts.',
    changeAnswerLink: 'Change your answer',
    addToCalendar: 'Add to my calendar',
    booking: {
      title: 'Book a time for your interview',
      intro: 'Choose the time that suits you best. You can change or cancel it until the deadline.',
      zone: 'All times are in',
      deadline: 'Book by',
      freeTimes: 'Free times',
      seatsLeft: 'Seats left:',
      book: 'Book the chosen time',
      yourTime: 'Your time:',
      changeHeading: 'Change to another time',
      change: 'Change to the chosen time',
      cancel: 'Cancel my booking',
      slotGone: 'The time you chose was just booked by someone else. Choose one of the free times below.',
      noneSuitHeading: 'None of these times suit you?',
      noSlotsLeft: 'All times have been booked. Write when suits you, and the company will contact you.',
    },
    closed: {
      started: {
        title: 'The invitation is closed',
        heading: 'The invitation is closed',
        body: 'The interview has started, so the invitation can no longer be answered here. Please contact the company if you have any questions.',
      },
      cancelled: {
        title: 'The interview has been cancelled',
        heading: 'The interview has been cancelled',
        body: 'The company has cancelled the interview, so the invitation cannot be answered. Please contact the company if you have any questions.',
      },
      withdrawn: {
        title: 'Application cancelled',
        heading: 'Your application has been cancelled',
        body: 'You have cancelled your application. This is final, so the invitation can no longer be answered. Please contact the company if this was a mistake.',
      },
      booking_closed: {
        title: 'Booking is closed',
        heading: 'Booking is closed',
        body: 'The deadline for booking or changing a time has passed, or the company has closed the booking. Contact the company if you have any questions.',
      },
    },
    notFound: {
      title: 'This link does not work',
      heading: 'This link does not work',
      body: 'The link is incorrect or no longer valid. Check that you used the whole link from the email, or contact the company that invited you.',
    },
    tooManyRequests: {
      title: 'Too many attempts',
      heading: 'Too many attempts',
      body: 'Please wait a moment and then try again.',
    },
  },
  sv: {
    answers: {
      accepted: 'Ja tack, jag vill gärna delta',
      declined: 'Nej tack, jag vill inte delta',
      new_time_requested: 'Kontakta mig för en ny tid',
      not_relevant: 'Återkalla min ansökan',
    },
    details: {
      company: 'Företag',
      position: 'Tjänst',
      interviewType: 'Typ av intervju',
      date: 'Datum',
      time: 'Tid',
      duration: 'Längd',
      place: 'Plats',
      meetingLink: 'Möteslänk',
      interviewers: 'Intervjuare',
    },
    invitation: {
      title: 'Inbjudan till intervju',
      intro: 'Du är inbjuden till en intervju. Här är uppgifterna.',
      answerHeading: 'Ditt svar',
      awaiting: 'Meddela oss om du kan delta genom att välja ett av svaren nedan.',
      currentAnswer: 'Ditt nuvarande svar:',
      changeAnswer: 'Du kan ändra ditt svar nedan fram till att intervjun börjar.',
      messageLabel: 'Meddelande (valfritt)',
      messageHint: 'Vill du ha en ny tid kan du skriva när det passar dig. Högst 1000 tecken.',
    },
    withdrawal: {
      title: 'Återkalla ansökan',
      heading: 'Vill du återkalla din ansökan?',
      consequence: 'Din ansökan dras tillbaka och du deltar inte i intervjun. Det är slutgiltigt och kan inte ångras här.',
      confirm: 'Ja, återkalla min ansökan',
      goBack: 'Nej, gå tillbaka',
    },
    answered: {
      accepted: {
        title: 'Tack för ditt svar',
        heading: 'Tack – vi ser fram emot att träffa dig',
        body: 'Vi har noterat att du kommer till intervjun.',
      },
      declined: {
        title: 'Tack för ditt svar',
        heading: 'Tack för beskedet',
        body: 'Vi har noterat att du inte deltar i intervjun.',
      },
      new_time_requested: {
        title: 'Tack för ditt svar',
        heading: 'Vi kontaktar dig',
        body: 'Vi har noterat att du önskar en ny tid. Företaget kontaktar dig för att hitta en ny tid.',
      },
      not_relevant: {
        title: 'Ansökan är återkallad',
        heading: 'Din ansökan är återkallad',
        body: 'Vi har noterat att du drar tillbaka din ansökan, så du deltar inte i intervjun. Tack för ditt intresse.',
      },
    },
    changeAnswerHint: 'Du kan ändra ditt svar fram till att intervjun börjar.',
    changeAnswerLink: 'Ändra ditt svar',
    addToCalendar: 'Lägg till i min kalender',
    booking: {
      title: 'Boka en tid för intervju',
      intro: 'Välj den tid som passar dig bäst. Du kan byta eller avboka tiden fram till sista dagen.',
      zone: 'Alla tider är i',
      deadline: 'Boka senast',
      freeTimes: 'Lediga tider',
      seatsLeft: 'Lediga platser:',
      book: 'Boka vald tid',
      yourTime: 'Din tid:',
      changeHeading: 'Byt till en annan tid',
      change: 'Byt till vald tid',
      cancel: 'Avboka min tid',
      slotGone: 'Tiden du valde har just bokats av någon annan. Välj en av de lediga tiderna nedan.',
      noneSuitHeading: 'Passar ingen av tiderna?',
      noSlotsLeft: 'Alla tider är tyvärr bokade. Skriv när det passar dig, så kontaktar företaget dig.',
    },
    closed: {
      started: {
        title: 'Inbjudan är stängd',
        heading: 'Inbjudan är stängd',
        body: 'Intervjun har börjat, så inbjudan kan inte längre besvaras här. Kontakta företaget om du har frågor.',
      },
      cancelled: {
        title: 'Intervjun är inställd',
        heading: 'Intervjun är inställd',
        body: 'Företaget har ställt in intervjun, så inbjudan kan inte besvaras. Kontakta företaget om du har frågor.',
      },
      withdrawn: {
        title: 'Ansökan är återkallad',
        heading: 'Din ansökan är återkallad',
        body: 'Du har återkallat din ansökan. Det är slutgiltigt, så inbjudan kan inte längre besvaras. Kontakta företaget om det blev fel.',
      },
      booking_closed: {
        title: 'Bokningen är stängd',
        heading: 'Bokningen är stängd',
        body: 'Sista dagen för att boka eller byta tid har passerat, eller så har företaget stängt bokningen. Kontakta företaget om du har frågor.',
      },
    },
    notFound: {
      title: 'Länken fungerar inte',
      heading: 'Länken fungerar inte',
      body: 'Länken är felaktig eller inte längre giltig. Kontrollera att du har använt hela länken från mejlet, eller kontakta företaget som bjöd in dig.',
    },
    tooManyRequests: {
      title: 'För många försök',
      heading: 'För många försök',
      body: 'Vänta en stund och försök sedan igen.',
    },
  },
  nb: {
    answers: {
      accepted: 'Ja takk, jeg vil gjerne delta',
      declined: 'Nei takk, jeg ønsker ikke å delta',
      new_time_requested: 'Kontakt meg for en ny avtale',
      not_relevant: 'Trekk tilbake søknaden min',
    },
    details: {
      company: 'Virksomhet',
      position: 'Stilling',
      interviewType: 'Type intervju',
      date: 'Dato',
      time: 'Tid',
      duration: 'Varighet',
      place: 'Sted',
      meetingLink: 'Møtelenke',
      interviewers: 'Intervjuere',
    },
    invitation: {
      title: 'Invitasjon til intervju',
      intro: 'Du er invitert til intervju. Her er detaljene.',
      answerHeading: 'Ditt svar',
      awaiting: 'Gi oss beskjed om du kan delta ved å velge et av svarene nedenfor.',
      currentAnswer: 'Ditt nåværende svar:',
      changeAnswer: 'Du kan endre svaret ditt nedenfor fram til intervjuet begynner.',
      messageLabel: 'Melding (valgfritt)',
      messageHint: 'Ønsker du en ny avtale, kan du skrive når det passer for deg. Maks 1000 tegn.',
    },
    withdrawal: {
      title: 'Trekk tilbake søknaden',
      heading: 'Vil du trekke tilbake søknaden din?',
      consequence:
        'Søknaden din blir trukket tilbake, og du deltar ikke på intervjuet. Dette er endelig og kan ikke angres her.',
      confirm: 'Ja, trekk tilbake søknaden min',
      goBack: 'Nei, gå tilbake',
    },
    answered: {
      accepted: {
        title: 'Takk for svaret',
        heading: 'Takk – vi gleder oss til å treffe deg',
        body: 'Vi har registrert at du kommer på intervjuet.',
      },
      declined: {
        title: 'Takk for svaret',
        heading: 'Takk for beskjeden',
        body: 'Vi har registrert at du ikke deltar på intervjuet.',
      },
      new_time_requested: {
        title: 'Takk for svaret',
        heading: 'Vi kontakter deg',
        body: 'Vi har registrert at du ønsker en ny avtale. Virksomheten kontakter deg for å finne et nytt tidspunkt.',
      },
      not_relevant: {
        title: 'Søknaden er trukket tilbake',
        heading: 'Søknaden din er trukket tilbake',
        body: 'Vi har registrert at du trekker tilbake søknaden din, så du deltar ikke på intervjuet. Takk for interessen.',
      },
    },
    changeAnswerHint: 'Du kan endre svaret ditt fram til intervjuet begynner.',
    changeAnswerLink: 'Endre svaret ditt',
    addToCalendar: 'Legg til i kalenderen min',
    booking: {
      title: 'Bestill en tid til intervju',
      intro: 'Velg tiden som passer deg best. Du kan bytte eller avbestille tiden frem til fristen.',
      zone: 'Alle tider er i',
      deadline: 'Bestill senest',
      freeTimes: 'Ledige tider',
      seatsLeft: 'Ledige plasser:',
      book: 'Bestill valgt tid',
      yourTime: 'Din tid:',
      changeHeading: 'Bytt til en annen tid',
      change: 'Bytt til valgt tid',
      cancel: 'Avbestill timen min',
      slotGone: 'Tiden du valgte, ble nettopp bestilt av noen andre. Velg en av de ledige tidene nedenfor.',
      noneSuitHeading: 'Passer ingen av tidene?',
      noSlotsLeft: 'Alle tidene er dessverre bestilt. Skriv når det passer deg, så kontakter virksomheten deg.',
    },
    closed: {
      started: {
        title: 'Invitasjonen er stengt',
        heading: 'Invitasjonen er stengt',
        body: 'Intervjuet har begynt, så invitasjonen kan ikke lenger besvares her. Kontakt virksomheten hvis du har spørsmål.',
      },
      cancelled: {
        title: 'Intervjuet er avlyst',
        heading: 'Intervjuet er avlyst',
        body: 'Virksomheten har avlyst intervjuet, så invitasjonen kan ikke besvares. Kontakt virksomheten hvis du har spørsmål.',
      },
      withdrawn: {
        title: 'Søknaden er trukket tilbake',
        heading: 'Søknaden din er trukket tilbake',
        body: 'Du har trukket tilbake søknaden din. Dette er endelig, så invitasjonen kan ikke lenger besvares. Kontakt virksomheten hvis det var en feil.',
      },
      booking_closed: {
        title: 'Bestillingen er stengt',
        heading: 'Bestillingen er stengt',
        body: 'Fristen for å bestille eller endre en tid er passert, eller virksomheten har stengt for bestilling. Kontakt virksomheten hvis du har spørsmål.',
      },
    },
    notFound: {
      title: 'Lenken virker ikke',
      heading: 'Lenken virker ikke',
      body: 'Lenken er feil eller ikke lenger gyldig. Sjekk at du har brukt hele lenken fra e-posten, eller kontakt virksomheten som inviterte deg.',
    },
    tooManyRequests: {
      title: 'For mange forsøk',
      heading: 'For mange forsøk',
      body: 'Vent litt, og prøv igjen.',
    },
  },
};

/**
 * The language of the pages for a language as stored on a candidate, which is free text: a region ("da-DK",
 * "nb_NO") or another case ("DA") still picks it; a language the pages are not written in falls back, typically
 * to the organisation's default. The same reading as `textsFor` in domain/i18n.ts, so a candidate's email and
 * page are in one language.
 */
export function pageLanguage(language: string, fallback: Language): Language {
  return languageOfTag(language, fallback);
}

export function pageTexts(language: string, fallback: Language): PageTexts {
  return PAGE_TEXTS[pageLanguage(language, fallback)];
}
