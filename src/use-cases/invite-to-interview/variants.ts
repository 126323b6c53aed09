import type { ApplicationWithCandidate } from '../../domain/application.js';
import { fullName } from '../../domain/candidate.js';
import { isSupportedLanguage, type Language } from '../../domain/languages.js';
import type { Organisation } from '../../domain/organisation.js';
import { TEMPLATE_VARIABLES, unknownVariables, type TemplateVariable } from '../../domain/template.js';
import { invalidField } from '../../errors.js';

/** A text the recruiter wrote in several languages: the invitation email, the reminder email, the reminder SMS. */
export type Variants<T> = Map<Language, T>;

/** The variants given, each part checked for unknown variables; at least one is needed. */
export function checkedVariants<T extends Record<string, string>>(
  given: Partial<Record<string, T>> | undefined,
  field: string,
  parts: readonly (keyof T & string)[],
  known: readonly TemplateVariable[] = TEMPLATE_VARIABLES,
): Variants<T> {
  const variants: Variants<T> = new Map();
  for (const [language, variant] of Object.entries(given ?? {})) {
    if (!variant || !isSupportedLanguage(language)) continue;
    for (const part of parts) {
      const unknown = unknownVariables(variant[part] ?? '', known);
      if (unknown.length > 0) {
        throw invalidField(`${field}.${language}.${part}`, `uses the unknown variable {${unknown[0]}} in the ${language} variant.`);
      }
    }
    variants.set(language, variant);
  }
  if (variants.size === 0) throw invalidField(field, 'needs at least one language variant.');
  return variants;
}

/**
 * The variant a candidate gets: their own language's, or else the organisation's default. Refused when neither
 * exists, since the candidate would get nothing.
 */
export function variantLanguage<T>(
  application: ApplicationWithCandidate,
  variants: Variants<T>,
  organisation: Organisation,
  field: string,
): { language: Language; fellBack: boolean } {
  const own = application.candidate.language;
  if (isSupportedLanguage(own) && variants.has(own)) return { language: own, fellBack: false };
  if (variants.has(organisation.defaultLanguage)) return { language: organisation.defaultLanguage, fellBack: true };
  throw invalidField(
    `${field}.${organisation.defaultLanguage}`,
    `is needed: ${fullName(application.candidate)} writes "${own}", which has no variant, and the organisation's default language is ${organisation.defaultLanguage}.`,
  );
}
