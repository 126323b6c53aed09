import { TEMPLATE_VARIABLES, type TemplateVariable } from '@domain/template';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { fieldProblem } from './message-problems';
import { MESSAGE_NS } from './message-namespace';

interface TemplateFieldProps {
  label: string;
  /** The field's path in the request ("email.variants.da.body"): how a refusal of the server finds it. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  /** Rows of a text area; a one-line input without. */
  rows?: number;
  /** The server's reason, when it refused this very field. */
  refusal?: string | undefined;
  /** Under the field, beside the variables: a count, a note. */
  footer?: ReactNode;
  /** The variables offered and known: an invitation to book may also say its deadline. */
  variables?: readonly TemplateVariable[];
}

/**
 * A text the candidate will get, with the variables offered from a list and put in where the cursor was: typing
 * them by hand is where misspellings come from. A variable the server does not know is named under the field as
 * soon as it is typed, so the recruiter never learns of it only when Send is refused.
 */
export function TemplateField({ label, path, value, onChange, required = true, rows, refusal, footer, variables = TEMPLATE_VARIABLES }: TemplateFieldProps) {
  const { t } = useTranslation(MESSAGE_NS);
  const control = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const selection = useRef({ start: value.length, end: value.length });
  const [caret, setCaret] = useState<number | null>(null);

  // After an insertion the menu hands focus back to its button; the recruiter goes on writing in the field instead.
  useEffect(() => {
    if (caret === null) return;
    const frame = requestAnimationFrame(() => {
      control.current?.focus();
      control.current?.setSelectionRange(caret, caret);
      setCaret(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [caret]);

  function remember() {
    const element = control.current;
    if (element) selection.current = { start: element.selectionStart ?? value.length, end: element.selectionEnd ?? value.length };
  }

  function insert(variable: string) {
    const { start, end } = selection.current;
    const written = `{${variable}}`;
    onChange(value.slice(0, start) + written + value.slice(end));
    selection.current = { start: start + written.length, end: start + written.length };
    setCaret(start + written.length);
  }

  const problem = fieldProblem({ path, value, required, variables });
  const error =
    refusal ??
    (problem?.kind === 'blank'
      ? t('problems.blank')
      : problem?.kind === 'unknown_variables'
        ? t('problems.unknownVariables', { count: problem.variables.length, variables: problem.variables.map((name) => `{${name}}`).join(', ') })
        : undefined);

  return (
    <Field label={label} error={error} className="ms-template-field">
      {(props) => {
        const common = {
          ...props,
          ref: control,
          value,
          'data-field': path,
          onChange: (event: { target: { value: string } }) => onChange(event.target.value),
          onSelect: remember,
          onBlur: remember,
        };
        return (
          <>
            {rows ? <textarea {...common} rows={rows} className="textarea" /> : <input {...common} />}
            <div className="ms-field-tools">
              <MenuTrigger>
                <Button variant="quiet" className="ms-insert" data-testid={`insert-variable-${path}`}>
                  {t('insertVariable')}
                  <span aria-hidden="true"> ▾</span>
                </Button>
                <Popover className="ms-popover" placement="bottom start">
                  <Menu className="ms-menu" aria-label={t('variables', { field: label })} onAction={(key) => insert(String(key))}>
                    {variables.map((variable) => (
                      <MenuItem key={variable} id={variable} className="ms-menu-item" textValue={variable}>
                        <code>{`{${variable}}`}</code>
                        <span className="muted small">{t(`variable.${variable}`)}</span>
                      </MenuItem>
                    ))}
                  </Menu>
                </Popover>
              </MenuTrigger>
              {footer}
            </div>
          </>
        );
      }}
    </Field>
  );
}
