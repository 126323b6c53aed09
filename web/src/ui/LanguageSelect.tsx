import type { ComponentProps } from 'react';
import { useLanguage } from '../i18n/useLanguage';
import { Field } from './Field';
import { languageName } from './language-name';

interface LanguageSelectProps extends Omit<ComponentProps<'select'>, 'children'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The codes to offer, in this order. */
  languages: readonly string[];
}

/** A choice of one language, each named in the reader's language ("Svensk" to a Danish reader, "Swedish" in English). */
export function LanguageSelect({ label, hint, error, languages, ...select }: LanguageSelectProps) {
  const uiLanguage = useLanguage();
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select className="select-native" {...control} {...select}>
          {languages.map((language) => (
            <option key={language} value={language}>
              {languageName(language, uiLanguage)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
