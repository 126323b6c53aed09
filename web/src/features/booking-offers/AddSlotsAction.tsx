import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatTimeRange, zoneName } from '../../time/format';
import { localDateTime } from '../../time/wall-clock';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { dayLabel } from '../recruitment-calendar/dates';
import { ActionDialog, DialogButtons } from './ActionDialog';
import { AddSlotsRow, WallClockField } from './AddSlotsRow';
import { addSlotsBody, addSlotsSchema, serverProblems, type AddSlotsValues, type ServerProblem } from './add-slots-form';
import { addSlots, type BookingOffer } from './queries';
import { useOfferChanged } from './useOfferChanged';

/** "Tilføj tider": windows and single times typed in, then read back for a yes, then added to the offer. */
export function AddSlotsAction({ offer, onDone }: { offer: BookingOffer; onDone: (notice: string) => void }) {
  const { t } = useTranslation('booking-offers');
  return (
    <ActionDialog label={t('add.open')} title={t('add.title')} testId="offer-add">
      {(close) => <AddSlotsForm offer={offer} onBack={close} onDone={(notice) => (close(), onDone(notice))} />}
    </ActionDialog>
  );
}

function AddSlotsForm({ offer, onBack, onDone }: { offer: BookingOffer; onBack: () => void; onDone: (notice: string) => void }) {
  const { t } = useTranslation('booking-offers');
  const language = useLanguage();
  const zone = useSignedIn().organisation.timeZone;
  const changed = useOfferChanged();
  const form = useForm<AddSlotsValues>({ resolver: zodResolver(addSlotsSchema), mode: 'onSubmit', defaultValues: { windows: [{ date: '', from: '', to: '' }], slots: [] } });
  const windows = useFieldArray({ control: form.control, name: 'windows' });
  const slots = useFieldArray({ control: form.control, name: 'slots' });
  const [confirming, setConfirming] = useState<AddSlotsValues | null>(null);
  const [refusals, setRefusals] = useState<ServerProblem[]>([]);
  const today = localDateTime(new Date(), zone).date;

  const add = useMutation({
    mutationFn: (values: AddSlotsValues) => addSlots(offer.id, addSlotsBody(values)),
    onSuccess: async (view) => {
      await changed(offer, view);
      onDone(t('add.done', { count: view.slots.length - offer.slots.length }));
    },
    onError: (error) => {
      setConfirming(null);
      setRefusals(error instanceof ApiError && error.status === 400 ? serverProblems(error.details) : []);
    },
  });

  const { errors } = form.formState;
  const fieldError = (path: FieldPath<AddSlotsValues>) => {
    const message = form.getFieldState(path).error?.message;
    return message ? t(`add.errors.${message}`) : undefined;
  };
  const refusalAt = (at: string) => {
    const found = refusals.find((refusal) => refusal.at === at);
    return found && (found.problem ? t(`add.errors.${found.problem}`) : found.message);
  };
  const rootError = errors.root?.message;
  const field = (name: FieldPath<AddSlotsValues>, kind: 'date' | 'time', label: string, testId: string) => (
    <WallClockField control={form.control} name={name} kind={kind} label={label} error={fieldError(name)} minValue={today} testId={testId} />
  );
  // What was typed, read back in words: wall-clock values already, so formatted as UTC and never moved between zones.
  const localSpan = (date: string, from: string, toOrMinutes: string | number) => {
    const start = `${date}T${from}:00Z`;
    const end = typeof toOrMinutes === 'number' ? new Date(Date.parse(start) + toOrMinutes * 60_000).toISOString() : `${date}T${toOrMinutes}:00Z`;
    return `${dayLabel(date, language)} ${formatTimeRange(start, end, 'UTC', language)}`;
  };
  const formRefusal = refusalAt('root');

  if (confirming) {
    return (
      <section aria-labelledby="bo-add-confirm-heading" data-testid="offer-add-confirm">
        <h3 id="bo-add-confirm-heading">{t('add.confirmHeading')}</h3>
        <ul className="bo-recipients" data-testid="offer-add-summary">
          {confirming.windows.map((window, index) => (
            <li key={`w${index}`}>{t('add.windowSummary', { span: localSpan(window.date, window.from, window.to), minutes: offer.durationMinutes })}</li>
          ))}
          {confirming.slots.map((slot, index) => (
            <li key={`s${index}`}>{localSpan(slot.date, slot.time, offer.durationMinutes)}</li>
          ))}
        </ul>
        <p className="muted small">{t('add.nobodyEmailed')}</p>
        <DialogButtons
          onBack={() => setConfirming(null)}
          backLabel={t('dialog.back')}
          onConfirm={() => add.mutate(confirming)}
          confirmLabel={t('add.confirm')}
          isPending={add.isPending}
          testId="offer-add-confirm-send"
        />
      </section>
    );
  }

  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) => {
        setRefusals([]);
        setConfirming(values);
      })}
      data-testid="offer-add-form"
    >
      <p className="muted small">{t('add.intro', { minutes: offer.durationMinutes, zone: zoneName(zone, language) })}</p>
      {windows.fields.map((row, index) => (
        <AddSlotsRow
          key={row.id}
          legend={t('add.window', { number: index + 1 })}
          removeLabel={t('add.removeWindow', { number: index + 1 })}
          removeText={t('add.remove')}
          onRemove={() => windows.remove(index)}
          refusal={refusalAt(`windows.${index}`)}
          testId="offer-add-window"
        >
          {field(`windows.${index}.date`, 'date', t('add.date'), 'offer-add-window-date')}
          {field(`windows.${index}.from`, 'time', t('add.from'), 'offer-add-window-from')}
          {field(`windows.${index}.to`, 'time', t('add.to'), 'offer-add-window-to')}
        </AddSlotsRow>
      ))}
      {slots.fields.map((row, index) => (
        <AddSlotsRow
          key={row.id}
          legend={t('add.slot', { number: index + 1 })}
          removeLabel={t('add.removeSlot', { number: index + 1 })}
          removeText={t('add.remove')}
          onRemove={() => slots.remove(index)}
          refusal={refusalAt(`slots.${index}`)}
          testId="offer-add-slot"
        >
          {field(`slots.${index}.date`, 'date', t('add.date'), 'offer-add-slot-date')}
          {field(`slots.${index}.time`, 'time', t('add.time'), 'offer-add-slot-time')}
        </AddSlotsRow>
      ))}
      <div className="bo-add-more">
        <Button onPress={() => windows.append({ date: '', from: '', to: '' })} data-testid="offer-add-another-window">
          {t('add.addWindow')}
        </Button>
        <Button onPress={() => slots.append({ date: '', time: '' })} data-testid="offer-add-another-slot">
          {t('add.addSlot')}
        </Button>
      </div>
      {rootError && <p className="field-error">{t(`add.errors.${rootError}`)}</p>}
      {formRefusal && (
        <p className="field-error" role="alert" data-testid="offer-add-refusal">
          {formRefusal}
        </p>
      )}
      {add.isError && !(add.error instanceof ApiError && add.error.status === 400) && <ErrorNotice error={add.error} />}
      <DialogButtons onBack={onBack} backLabel={t('dialog.cancel')} confirmLabel={t('dialog.continue')} isPending={false} testId="offer-add-continue" />
    </form>
  );
}
