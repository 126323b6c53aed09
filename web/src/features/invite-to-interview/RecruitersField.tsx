import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { recruitersQuery } from '../../api/queries';
import { useSignedIn } from '../../app/session';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';

/** The participating recruiters, ticked from the organisation's; the signed-in one is marked "you". */
export function RecruitersField({ value, onChange, error }: { value: string[]; onChange: (recruiterIds: string[]) => void; error: string | undefined }) {
  const { t } = useTranslation('invite-to-interview');
  const me = useSignedIn();
  const recruiters = useQuery(recruitersQuery);
  return (
    <fieldset className="iw-fieldset" aria-invalid={error ? true : undefined} aria-describedby={error ? 'iw-recruiters-error' : undefined} data-testid="recruiters">
      <legend>{t('interview.recruiters')}</legend>
      {recruiters.isPending && <PageLoading rows={2} />}
      {recruiters.isError && <ErrorNotice error={recruiters.error} onRetry={() => void recruiters.refetch()} />}
      {(recruiters.data?.items ?? []).map((recruiter) => (
        <label key={recruiter.id} className="iw-check">
          <input
            type="checkbox"
            checked={value.includes(recruiter.id)}
            onChange={(event) => onChange(event.target.checked ? [...value, recruiter.id] : value.filter((id) => id !== recruiter.id))}
          />
          <span>
            {recruiter.name}
            {recruiter.id === me.id && <span className="muted"> ({t('interview.you')})</span>}{' '}
            <span className="muted small iw-email">{recruiter.email}</span>
          </span>
        </label>
      ))}
      {error && (
        <p id="iw-recruiters-error" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
