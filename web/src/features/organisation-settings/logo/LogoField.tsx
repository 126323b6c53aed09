import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { errorText } from '../../../ui/error-text';
import { fileProblem, refusalProblem, type LogoProblem } from './logo-problem';
import { logoQuery, previewPath, removeLogo, uploadLogo, type Logo } from './queries';
import './logo.css';

/**
 * The organisation's logo, shown at the top of its emails to candidates. A file chosen is uploaded at once, on its
 * own: the settings form around it keeps whatever was typed in it, and a refused file is said why at this field.
 */
export function LogoField({ organisationName }: { organisationName: string }) {
  const { t } = useTranslation('organisation-settings/logo');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const logo = useQuery(logoQuery);
  const [problem, setProblem] = useState<LogoProblem | null>(null);
  const settle = (saved: Logo | null) => {
    queryClient.setQueryData(logoQuery.queryKey, saved);
    if (input.current) input.current.value = '';
  };
  const upload = useMutation({
    mutationFn: uploadLogo,
    onSuccess: settle,
    onError: (error) => setProblem(refusalProblem(error)),
  });
  const remove = useMutation({
    mutationFn: removeLogo,
    onMutate: () => {
      upload.reset();
      setProblem(null);
    },
    onSuccess: () => settle(null),
  });

  const choose = (file: File | undefined) => {
    upload.reset();
    remove.reset();
    setProblem(null);
    if (!file) return;
    const early = fileProblem(file);
    if (early) setProblem(early);
    else upload.mutate(file);
  };

  const failure = (upload.error && !problem ? errorText(upload.error, t) : null) ?? (remove.error ? errorText(remove.error, t) : null);
  const message = problem ? t(`problems.${problem}`) : failure;
  const describedBy = [`${id}-hint`, message ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <div className="field logo-field" role="group" aria-labelledby={`${id}-label`} data-testid="logo-field">
      <span id={`${id}-label`} className="field-label">
        {t('label')}
      </span>
      <p id={`${id}-hint`} className="muted small field-hint">
        {t('hint')}
      </p>
      {logo.data && (
        <div className="logo-preview">
          <img src={previewPath(logo.data)} alt={t('previewAlt', { name: organisationName })} data-testid="logo-preview" />
        </div>
      )}
      {logo.isSuccess && !logo.data && <p className="muted small">{t('none')}</p>}
      <div className="logo-actions">
        {/* The browser's own file button speaks the browser's language, not the screen's: a label of ours stands in for it. */}
        <label className="button button-secondary logo-choose" data-disabled={upload.isPending || undefined}>
          <input
            ref={input}
            type="file"
            className="visually-hidden"
            accept="image/png,image/jpeg"
            data-testid="logo-file"
            aria-invalid={message ? true : undefined}
            aria-describedby={describedBy}
            disabled={upload.isPending}
            onChange={(event) => choose(event.target.files?.[0])}
          />
          {logo.data ? t('replace') : t('choose')}
        </label>
        {logo.data && (
          <Button variant="quiet" isPending={remove.isPending} onPress={() => remove.mutate()} data-testid="logo-remove">
            {t('remove')}
          </Button>
        )}
      </div>
      <p role="status" className="logo-status">
        {upload.isPending ? t('uploading') : upload.isSuccess ? t('uploaded') : remove.isSuccess ? t('removed') : ''}
      </p>
      {message && (
        <p id={`${id}-error`} className="field-error" role="alert" data-testid="logo-error">
          {message}
        </p>
      )}
    </div>
  );
}
