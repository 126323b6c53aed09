import { forwardRef, type InputHTMLAttributes } from 'react';
import { Field } from './Field';

interface TextInputProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/**
 * A labelled input whose error is tied to it for screen readers. A plain input (not React Aria's TextField), so
 * react-hook-form's `register` works on it directly.
 */
export const TextInput = forwardRef<HTMLInputElement, TextInputProps>(function TextInput({ label, hint, error, className, ...props }, ref) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => <input ref={ref} {...control} {...props} />}
    </Field>
  );
});
