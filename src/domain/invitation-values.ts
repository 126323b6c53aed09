import { fullName } from './candidate.js';
import { TEXTS } from './i18n.js';
import type { InterviewType } from './interview.js';
import { formatDuration, formatInterviewDate, formatInterviewTime, formatNameList } from './interview-formatting.js';
import type { Language } from './languages.js';
import type { TemplateValues } from './template.js';

export interface InvitationValuesInput {
  candidate: { firstName: string; lastName: string };
  jobTitle: string;
  companyName: string;
  interview: {
    type: InterviewType;
    startsAt: Date;
    endsAt: Date;
    durationMinutes: number;
    location: string | null;
    meetingUrl: string | null;
  };
  recruiterNames: string[];
  sender: string;
  /** The candidate's language, in which every value is worded. */
  language: Language;
  /** The organisation's IANA zone. */
  timeZone: string;
  confirmLink: string;
}

// A video interview happens at its meeting address; a location given as well (a meeting code, a room for those
// who come in) is kept beside it.
// A phone interview with no place given is the recruiter calling the candidate; saying so keeps the
// template's "Location:" line from standing empty.
function whereText(interview: InvitationValuesInput['interview'], language: Language): string {
  const location = interview.location?.trim() || null;
  const meetingUrl = interview.type === 'video' ? interview.meetingUrl?.trim() || null : null;
  if (meetingUrl && location) return `${meetingUrl} (${location})`;
  if (interview.type === 'phone' && !location) return TEXTS[language].phoneCallLocation;
  return meetingUrl ?? location ?? '';
}

/** The values of the template variables in one recipient's invitation. */
export function invitationValues(input: InvitationValuesInput): TemplateValues {
  const { candidate, interview, language, timeZone } = input;
  return {
    firstname: candidate.firstName,
    lastname: candidate.lastName,
    fullname: fullName(candidate),
    jobtitle: input.jobTitle,
    companyname: input.companyName,
    interviewtype: TEXTS[language].interviewTypes[interview.type],
    interviewdate: formatInterviewDate(interview.startsAt, timeZone, language),
    interviewtime: formatInterviewTime(interview.startsAt, interview.endsAt, timeZone, language),
    duration: formatDuration(interview.durationMinutes, language),
    location: whereText(interview, language),
    recruiters: formatNameList(input.recruiterNames, language),
    sender: input.sender,
    confirmlink: input.confirmLink,
  };
}
