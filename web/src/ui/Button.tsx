import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export interface ButtonProps extends Omit<AriaButtonProps, 'isPending'> {
  variant?: 'primary' | 'secondary' | 'quiet';
  /** While its action runs: not pressable again, and marked busy. */
  isPending?: boolean;
}

/**
 * The one button: keyboard and touch handled by React Aria, looks from the variant. Pending is shown by our own
 * means: React Aria's announces through a live region that keeps pointing at the button after a sign-in has
 * replaced the page, which screen readers then find as an unnamed image.
 */
export function Button({ variant = 'secondary', className, isPending = false, isDisabled, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      isDisabled={isDisabled || isPending}
      aria-busy={isPending || undefined}
      data-pending={isPending || undefined}
      className={`button button-${variant}${typeof className === 'string' ? ` ${className}` : ''}`}
    />
  );
}
