import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatShortDateTime, zoneName } from '../../time/format';

/** Instants as the organisation's clock shows them, in the reader's language, and the zone's name to say so once. */
export function useOrganisationTime() {
  const { timeZone } = useSignedIn().organisation;
  const language = useLanguage();
  return { at: (instant: string) => formatShortDateTime(instant, timeZone, language), zone: zoneName(timeZone, language) };
}
