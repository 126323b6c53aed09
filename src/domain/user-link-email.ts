import type { Language } from './languages.js';
import type { UserTokenPurpose } from './user-token.js';

export interface UserLinkEmailInput {
  purpose: UserTokenPurpose;
  language: Language;
  organisationName: string;
  userName: string;
  /** Who sent the invitation; a reset is the user's own doing. */
  invitedBy: string | null;
  /** Stands where the link goes; the worker puts the working link there. */
  link: string;
}

interface Words {
  invitationSubject: (organisation: string) => string;
  invitation: (invitedBy: string, organisation: string) => string;
  invitationExpiry: string;
  resetSubject: string;
  reset: (organisation: string) => string;
  resetExpiry: string;
  notYou: string;
  greeting: (name: string) => string;
}

const WORDS: Record<Language, Words> = {
  da: {
    invitationSubject: (organisation) => `Du er inviteret til Samtale hos ${organisation}`,
    invitation: (invitedBy, organisation) => `${invitedBy} har inviteret dig til Samtale, ${organisation}s værktøj til jobsamtaler. Vælg din adgangskode her:`,
    invitationExpiry: 'Linket virker i 72 timer og kan bruges én gang.',
    resetSubject: 'Vælg en ny adgangskode til Samtale',
    reset: (organisation) => `Nogen (forhåbentlig dig) har bedt om en ny adgangskode til din bruger i Samtale hos ${organisation}. Vælg den her:`,
    resetExpiry: 'Linket virker i en time og kan bruges én gang.',
    notYou: 'Har du ikke bedt om det, kan du se bort fra denne e-mail; din adgangskode er uændret.',
    greeting: (name) => `Kære ${name}`,
  },
  en: {
    invitationSubject: (organisation) => `You are invited to Samtale at ${organisation}`,
    invitation: (invitedBy, organisation) => `${invitedBy} has invited you to Samtale, ${organisation}'s tool for job interviews. Choose your password here:`,
    invitationExpiry: 'The link works for 72 hours and can be used once.',
    resetSubject: 'Choose a new password for Samtale',
    reset: (organisation) => `Someone (hopefully you) asked for a new password for your user in Samtale at ${organisation}. Choose it here:`,
    resetExpiry: 'The link works for one hour and can be used once.',
    notYou: 'If you did not ask for it, ignore this email; your password is unchanged.',
    greeting: (name) => `Dear ${name}`,
  },
  sv: {
    invitationSubject: (organisation) => `Du är inbjuden till Samtale hos ${organisation}`,
    invitation: (invitedBy, organisation) => `${invitedBy} har bjudit in dig till Samtale, ${organisation}s verktyg för anställningsintervjuer. Välj ditt lösenord här:`,
    invitationExpiry: 'Länken fungerar i 72 timmar och kan användas en gång.',
    resetSubject: 'Välj ett nytt lösenord för Samtale',
    reset: (organisation) => `Någon (förhoppningsvis du) har bett om ett nytt lösenord för din användare i Samtale hos ${organisation}. Välj det här:`,
    resetExpiry: 'Länken fungerar i en timme och kan användas en gång.',
    notYou: 'Om du inte har bett om det kan du bortse från detta mejl; ditt lösenord är oförändrat.',
    greeting: (name) => `Hej ${name}`,
  },
  nb: {
    invitationSubject: (organisation) => `Du er invitert til Samtale hos ${organisation}`,
    invitation: (invitedBy, organisation) => `${invitedBy} har invitert deg til Samtale, ${organisation}s verktøy for jobbintervjuer. Velg passordet ditt her:`,
    invitationExpiry: 'Lenken virker i 72 timer og kan brukes én gang.',
    resetSubject: 'Velg et nytt passord for Samtale',
    reset: (organisation) => `Noen (forhåpentligvis du) har bedt om et nytt passord for brukeren din i Samtale hos ${organisation}. Velg det her:`,
    resetExpiry: 'Lenken virker i én time og kan brukes én gang.',
    notYou: 'Hvis du ikke har bedt om det, kan du se bort fra denne e-posten; passordet ditt er uendret.',
    greeting: (name) => `Kjære ${name}`,
  },
};

/** The email that carries a user's one-time link, in the organisation's language. Plain text: it is a notice. */
export function userLinkEmail(input: UserLinkEmailInput): { subject: string; text: string } {
  const words = WORDS[input.language];
  const invitation = input.purpose === 'invitation';
  const lines = invitation
    ? [words.invitation(input.invitedBy ?? input.organisationName, input.organisationName), '', input.link, '', words.invitationExpiry]
    : [words.reset(input.organisationName), '', input.link, '', words.resetExpiry, words.notYou];
  return {
    subject: invitation ? words.invitationSubject(input.organisationName) : words.resetSubject,
    text: [words.greeting(input.userName), '', ...lines, ''].join('\n'),
  };
}
