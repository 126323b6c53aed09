import type { ReactNode } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** A second line: when a reminder goes out, what a choice means. */
  detail?: ReactNode;
}

interface ChoicesProps<V extends string> {
  label: string;
  value: V;
  onChange: (value: V) => void;
  choices: Choice<V>[];
  /** Side by side where there is room (two or three short choices); else one under the other. */
  layout?: 'row' | 'column';
  testId: string;
}

/** One of a few choices, all in view: a radio group, since the recruiter should see what else there is. */
export function Choices<V extends string>({ label, value, onChange, choices, layout = 'row', testId }: ChoicesProps<V>) {
  return (
    <RadioGroup className={`ms-choices ms-choices-${layout}`} value={value} onChange={(chosen) => onChange(chosen as V)} data-testid={testId}>
      <Label className="field-label">{label}</Label>
      <div className="ms-choice-list">
        {choices.map((choice) => (
          <Radio key={choice.value} value={choice.value} className="ms-choice" data-testid={`${testId}-${choice.value}`}>
            <span className="ms-choice-label">{choice.label}</span>
            {choice.detail && (
              <span className="muted small ms-choice-detail">{choice.detail}</span>
            )}
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
