import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type MobileNumberResult = { ok: true; e164: string } | { ok: false; reason: 'invalid' | 'not_mobile' };

/**
 * Normalises a candidate's mobile number to E.164 so SMS gateways accept it. Numbers written without a
 * country prefix are read as numbers of `defaultCountry` (Danish by default: the organisations are Nordic).
 */
export function normaliseMobileNumber(input: string, defaultCountry: CountryCode = 'DK'): MobileNumberResult {
  const parsed = parsePhoneNumberFromString(input.trim(), defaultCountry);
  if (!parsed || !parsed.isValid()) return { ok: false, reason: 'invalid' };
  const type = parsed.getType();
  // Some Nordic ranges are not classified by the metadata; only refuse numbers known to be landlines.
  if (type === 'FIXED_LINE') return { ok: false, reason: 'not_mobile' };
  return { ok: true, e164: parsed.number };
}
