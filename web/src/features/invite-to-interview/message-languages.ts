import { isSupportedLanguage } from '@domain/languages';
import type { CandidateLanguage, InvitedApplicant } from './wizard-state';

/** The variant a candidate gets, decided as the server decides it: their own language's, else the organisation's default. */
export function variantLanguageOf(
  candidateLanguage: string,
  written: readonly CandidateLanguage[],
  organisationDefault: CandidateLanguage,
): { language: CandidateLanguage; fellBack: boolean } {
  if (isSupportedLanguage(candidateLanguage) && written.includes(candidateLanguage)) return { language: candidateLanguage, fellBack: false };
  return { language: organisationDefault, fellBack: true };
}

export interface LanguageTab {
  language: CandidateLanguage;
  /** How many of the chosen candidates get this variant. */
  candidates: number;
}

/**
 * One tab per variant the chosen candidates will get, with how many get it: the organisation's default language
 * first (it is the one every fallback lands on), then in the order the candidates were chosen.
 */
export function languageTabs(
  applicants: readonly Pick<InvitedApplicant, 'language'>[],
  written: readonly CandidateLanguage[],
  organisationDefault: CandidateLanguage,
): LanguageTab[] {
  const counts = new Map<CandidateLanguage, number>();
  for (const applicant of applicants) {
    const { language } = variantLanguageOf(applicant.language, written, organisationDefault);
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts]
    .map(([language, candidates]) => ({ language, candidates }))
    .sort((a, b) => Number(b.language === organisationDefault) - Number(a.language === organisationDefault));
}

/** The candidates who get the default language's variant because there is none in their own. */
export function languageFallbacks<A extends Pick<InvitedApplicant, 'language'>>(
  applicants: readonly A[],
  written: readonly CandidateLanguage[],
  organisationDefault: CandidateLanguage,
): A[] {
  return applicants.filter((applicant) => variantLanguageOf(applicant.language, written, organisationDefault).fellBack);
}
