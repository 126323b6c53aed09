import type { FieldErrors, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { TextInput } from '../../ui/TextInput';

interface Twice {
  password: string;
  repeat: string;
}

/** A new password and its repeat, marked as new so a password manager offers to make and save one. */
export function NewPasswordFields({ password, repeat, errors }: { password: UseFormRegisterReturn; repeat: UseFormRegisterReturn; errors: FieldErrors<Twice> }) {
  const { t } = useTranslation('password');
  return (
    <>
      <Field label={t('newPassword')} hint={t('newPasswordHint')} error={errors.password?.message && t(`errors.${errors.password.message}`)}>
        {(control) => <input type="password" autoComplete="new-password" {...control} {...password} />}
      </Field>
      <TextInput label={t('repeat')} type="password" autoComplete="new-password" error={errors.repeat?.message && t(`errors.${errors.repeat.message}`)} {...repeat} />
    </>
  );
}
