import type { ReactNode } from 'react';
import { Controller, type Control, type FieldPath } from 'react-hook-form';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { TimeField } from '../../ui/TimeField';
import type { AddSlotsValues } from './add-slots-form';

/** One window or single time of "Tilføj tider": its fields, the way to remove it, and the server's refusal of it. */
export function AddSlotsRow({ legend, removeLabel, removeText, onRemove, refusal, testId, children }: {
  legend: string;
  removeLabel: string;
  removeText: string;
  onRemove: () => void;
  refusal: string | undefined;
  testId: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="bo-add-row" data-testid={testId}>
      <legend>{legend}</legend>
      <div className="bo-add-fields">
        {children}
        <Button variant="quiet" onPress={onRemove} aria-label={removeLabel}>
          {removeText}
        </Button>
      </div>
      {refusal && (
        <p className="field-error" role="alert" data-testid="offer-add-refusal">
          {refusal}
        </p>
      )}
    </fieldset>
  );
}

/** A date or a time of a row, in the organisation's zone, tied to the form. */
export function WallClockField({ control, name, kind, label, error, minValue, testId }: {
  control: Control<AddSlotsValues>;
  name: FieldPath<AddSlotsValues>;
  kind: 'date' | 'time';
  label: string;
  error: string | undefined;
  minValue?: string;
  testId: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const props = { label, value: String(field.value ?? ''), onChange: field.onChange, errorMessage: error, ref: field.ref, 'data-testid': testId };
        return kind === 'date' ? <DateField {...props} {...(minValue && { minValue })} /> : <TimeField {...props} />;
      }}
    />
  );
}
