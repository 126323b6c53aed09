import { forwardRef, useId, type InputHTMLAttributes } from 'react';

interface TextInputProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string | undefined;
}

/**
 * A labelled input whose error is tied to it for screen readers. A plain input (not React Aria's TextField), so
 * react-hook-form's `register` works on it directly.
 */
export const TextInput = forwardRef<HTMLInputElement, TextInputProps>(function TextInput({ label, error, className, ...props }, ref) {
  const id = useId();
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input ref={ref} id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...props} />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
});
