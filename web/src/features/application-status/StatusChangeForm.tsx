import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../../api/types';
import { APPLICATION_STATUSES } from '../../ui/application-statuses';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { sharedStatus, summariseStatusChange, type StatusChangeSummary } from './outcome';
import { changeApplicationStatus, QUERIES_SHOWING_STATUS } from './queries';
import './application-status.css';

export interface StatusChangeFormProps {
  applicationIds: string[];
  /** The applications' statuses now, to offer the one they share. */
  statuses: ApplicationStatus[];
  label: string;
  saveLabel?: string;
  /**
   * For one applicant the recruiter is looking at: a withdrawn application is reopened, after a note saying so.
   * For a whole group it is false, so the candidates who withdrew keep their status.
   */
  reopenWithdrawn: boolean;
  testId: string;
}

/** "Status for the project": choose a status and save it for one application or several, then say how it went. */
export function StatusChangeForm({ applicationIds, statuses, label, saveLabel, reopenWithdrawn, testId }: StatusChangeFormProps) {
  const { t } = useTranslation('application-status');
  const queryClient = useQueryClient();
  const selectId = useId();
  // Until the recruiter picks, the form shows the status the applications have now, also after another form saved.
  const [picked, setPicked] = useState<ApplicationStatus | null>(null);
  const chosen = picked ?? sharedStatus(statuses);
  const [done, setDone] = useState<{ summary: StatusChangeSummary; status: ApplicationStatus } | null>(null);
  const change = useMutation({
    mutationFn: (status: ApplicationStatus) => changeApplicationStatus({ applicationIds, status, reopenWithdrawn }),
    onSuccess: async (answer, status) => {
      setDone({ summary: summariseStatusChange(answer.items), status });
      await Promise.all(QUERIES_SHOWING_STATUS.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      setPicked(null);
    },
  });
  const word = (status: ApplicationStatus) => t(`applicationStatus.${status}`, { ns: 'common' });

  return (
    <form
      className="status-change"
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) change.mutate(chosen);
      }}
    >
      <div className="field status-change-field">
        <label htmlFor={selectId}>{label}</label>
        <select
          id={selectId}
          className="select-native"
          value={chosen ?? ''}
          onChange={(event) => {
            setPicked(event.target.value as ApplicationStatus);
            setDone(null);
          }}
        >
          {chosen === null && (
            <option value="" disabled>
              {t('choose')}
            </option>
          )}
          {APPLICATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {word(status)}
            </option>
          ))}
        </select>
      </div>
      {reopenWithdrawn && statuses.includes('withdrawn') && chosen !== 'withdrawn' && <p className="small status-change-note">{t('withdrawnNote')}</p>}
      <Button type="submit" isPending={change.isPending} isDisabled={chosen === null} data-testid={`${testId}-save`}>
        {saveLabel ?? t('save')}
      </Button>
      <p role="status" className="small status-change-done" data-testid={`${testId}-done`}>
        {done &&
          [
            done.summary.changed > 0 && t('changed', { count: done.summary.changed, status: word(done.status) }),
            done.summary.unchanged > 0 && t('unchanged', { count: done.summary.unchanged, status: word(done.status) }),
            done.summary.keptWithdrawn > 0 && t('keptWithdrawn', { count: done.summary.keptWithdrawn, withdrawn: word('withdrawn') }),
          ]
            .filter(Boolean)
            .join(' ')}
      </p>
      {change.isError && (
        <div className="status-change-failed">
          <p className="small">{t('failed')}</p>
          <ErrorNotice error={change.error} />
        </div>
      )}
    </form>
  );
}
