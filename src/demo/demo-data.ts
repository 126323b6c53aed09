import type { ApplicationStatus } from '../domain/application-status.js';

/**
 * The demo organisation: a Danish construction company with three recruitment projects and applicants
 * who write Danish, English, Swedish and Norwegian. Fixed data, so every demo looks the same.
 */
export const DEMO_ORGANISATION = {
  name: 'Nordhavn Byg A/S',
  timeZone: 'Europe/Copenhagen',
  defaultLanguage: 'da',
  languages: ['da', 'en', 'sv', 'nb'],
  smsEnabled: true,
  defaultSenderAddress: 'rekruttering@nordhavnbyg.example',
} as const;

export const DEMO_RECRUITERS = [
  { key: 'anna', name: 'Anna Holm', email: 'anna@demo.example', role: 'admin', smsAccess: true },
  { key: 'bo', name: 'Bo Lindqvist', email: 'bo@demo.example', role: 'recruiter', smsAccess: true },
  { key: 'carl', name: 'Carl Mortensen', email: 'carl@demo.example', role: 'recruiter', smsAccess: false },
] as const;

export type RecruiterKey = (typeof DEMO_RECRUITERS)[number]['key'];

export const DEMO_PROJECTS = [
  { key: 'pm', title: 'Projektleder til boligbyggeri', reference: 'NB-2026-031', status: 'open', owner: 'anna', daysAgo: 21 },
  { key: 'bookkeeper', title: 'Bogholder (barselsvikariat)', reference: 'NB-2026-034', status: 'open', owner: 'bo', daysAgo: 12 },
  { key: 'crane', title: 'Kranfører', reference: 'NB-2026-027', status: 'closed', owner: 'anna', daysAgo: 60 },
] as const;

export type ProjectKey = (typeof DEMO_PROJECTS)[number]['key'];

type Applicant = [firstName: string, lastName: string, email: string, mobile: string | null, language: string, project: ProjectKey, status: ApplicationStatus, daysAgo: number];

export const DEMO_APPLICANTS: Applicant[] = [
  ['Mette', 'Kjærgaard', 'mette.kjaergaard@mail.example', '+45 21 34 56 78', 'da', 'pm', 'in_review', 18],
  ['Søren', 'Østergaard', 'soeren.oestergaard@mail.example', '+45 22 45 67 89', 'da', 'pm', 'received', 4],
  ['Line', 'Bæk', 'line.baek@mail.example', null, 'da', 'pm', 'received', 3],
  ['Jens', 'Ravnsbæk', 'jens.ravnsbaek@mail.example', '+45 23 56 78 90', 'da', 'pm', 'in_review', 15],
  ['Ida', 'Møller', 'ida.moller@mail.example', '+45 24 67 89 01', 'da', 'pm', 'received', 2],
  ['Frederik', 'Aagaard', 'frederik.aagaard@mail.example', '+45 25 78 90 12', 'da', 'pm', 'rejected', 19],
  ['Camilla', 'Skovgård', 'camilla.skovgaard@mail.example', '+45 26 89 01 23', 'da', 'pm', 'in_review', 11],
  ['Emma', 'Thompson', 'emma.thompson@mail.example', '+44 7911 123456', 'en', 'pm', 'received', 6],
  ['Oliver', 'Bennett', 'oliver.bennett@mail.example', null, 'en', 'pm', 'in_review', 13],
  ['Astrid', 'Lindgren', 'astrid.lindgren@mail.example', '+46 70 123 45 67', 'sv', 'pm', 'received', 5],
  ['Erik', 'Sjöberg', 'erik.sjoberg@mail.example', '+46 73 234 56 78', 'sv', 'pm', 'in_review', 9],
  ['Ingrid', 'Haugen', 'ingrid.haugen@mail.example', '+47 412 34 567', 'nb', 'pm', 'received', 7],
  ['Magnus', 'Bjørnstad', 'magnus.bjornstad@mail.example', '+47 934 56 789', 'nb', 'pm', 'withdrawn', 17],
  ['Karoline', 'Dahl', 'karoline.dahl@mail.example', '+45 27 90 12 34', 'da', 'pm', 'received', 1],
  ['Rasmus', 'Fogh', 'rasmus.fogh@mail.example', null, 'da', 'pm', 'received', 1],

  ['Hanne', 'Kristiansen', 'hanne.kristiansen@mail.example', '+45 28 01 23 45', 'da', 'bookkeeper', 'received', 10],
  ['Pia', 'Lauridsen', 'pia.lauridsen@mail.example', '+45 29 12 34 56', 'da', 'bookkeeper', 'in_review', 9],
  ['Niels', 'Ågesen', 'niels.aagesen@mail.example', '+45 30 23 45 67', 'da', 'bookkeeper', 'received', 8],
  ['Sofie', 'Frølund', 'sofie.frolund@mail.example', null, 'da', 'bookkeeper', 'received', 6],
  ['Thomas', 'Vestergaard', 'thomas.vestergaard@mail.example', '+45 31 34 56 78', 'da', 'bookkeeper', 'in_review', 7],
  ['Louise', 'Brandt', 'louise.brandt@mail.example', '+45 40 45 67 89', 'da', 'bookkeeper', 'received', 3],
  ['James', 'Whitfield', 'james.whitfield@mail.example', '+44 7400 123456', 'en', 'bookkeeper', 'received', 5],
  ['Sarah', "O'Connor", 'sarah.oconnor@mail.example', null, 'en', 'bookkeeper', 'in_review', 8],
  ['Maja', 'Nyström', 'maja.nystrom@mail.example', '+46 76 345 67 89', 'sv', 'bookkeeper', 'received', 4],
  ['Linnea', 'Åberg', 'linnea.aberg@mail.example', '+46 70 456 78 90', 'sv', 'bookkeeper', 'received', 2],
  ['Sindre', 'Solberg', 'sindre.solberg@mail.example', '+47 415 67 890', 'nb', 'bookkeeper', 'in_review', 6],
  ['Kari', 'Nordmann', 'kari.nordmann@mail.example', null, 'nb', 'bookkeeper', 'received', 2],
  ['Anders', 'Kofoed', 'anders.kofoed@mail.example', '+45 41 56 78 90', 'da', 'bookkeeper', 'rejected', 11],
  ['Mikkel', 'Dam', 'mikkel.dam@mail.example', '+45 42 67 89 01', 'da', 'bookkeeper', 'received', 1],

  ['Kasper', 'Holt', 'kasper.holt@mail.example', '+45 50 12 34 56', 'da', 'crane', 'hired', 55],
  ['Peter', 'Juhl', 'peter.juhl@mail.example', '+45 51 23 45 67', 'da', 'crane', 'rejected', 58],
  ['Mads', 'Grønbech', 'mads.gronbech@mail.example', null, 'da', 'crane', 'rejected', 52],
  ['Henrik', 'Storm', 'henrik.storm@mail.example', '+45 52 34 56 78', 'da', 'crane', 'interviewed', 50],
  ['Lars', 'Eriksson', 'lars.eriksson@mail.example', '+46 72 567 89 01', 'sv', 'crane', 'rejected', 57],
  ['Ola', 'Hansen', 'ola.hansen@mail.example', '+47 926 78 901', 'nb', 'crane', 'offer', 49],
  ['Daniel', 'Hughes', 'daniel.hughes@mail.example', null, 'en', 'crane', 'rejected', 54],
  ['Bjarke', 'Thygesen', 'bjarke.thygesen@mail.example', '+45 53 45 67 89', 'da', 'crane', 'withdrawn', 53],
  ['Jonas', 'Lund', 'jonas.lund@mail.example', '+45 60 56 78 90', 'da', 'crane', 'rejected', 56],
  ['Nanna', 'Vinther', 'nanna.vinther@mail.example', '+45 61 67 89 01', 'da', 'crane', 'rejected', 51],
  ['Trine', 'Bech', 'trine.bech@mail.example', '+45 71 78 90 12', 'da', 'crane', 'interviewed', 48],
];
