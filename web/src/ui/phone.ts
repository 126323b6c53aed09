import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/**
 * A mobile number the way people read it aloud: the server keeps "+4527901234", a recruiter about to call reads
 * "+45 27 90 12 34". Whatever cannot be read as a number is shown as it was stored.
 */
export function readableMobile(mobile: string): string {
  try {
    return parsePhoneNumberFromString(mobile)?.formatInternational() ?? mobile;
  } catch {
    return mobile;
  }
}
