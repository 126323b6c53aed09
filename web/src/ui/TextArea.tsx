import { forwardRef, type TextareaHTMLAttributes } from 'react';
import { Field } from './Field';

interface TextAreaProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A labelled text area with a hint, its error tied to it; `register` works on it as on TextInput. */
export const TextArea = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextArea({ label, hint, error, ...props }, ref) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <textarea ref={ref} rows={3} className="textarea" {...control} {...props} />}
    </Field>
  );
});
