import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate, formatTimeRange, zoneName } from '../../time/format';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { moved } from './interview-step';
import { invitationPreviewQuery } from './message-queries';
import { RecruiterOverlapNotice } from './RecruiterOverlapNotice';
import { recruiterOverlaps } from './recruiter-overlaps';
import { PREVIEW_DELAY_MS, useSettled } from './useSettled';
import { invitationRequest, type InvitedApplicant, type InviteWizardState } from './wizard-state';


/**
 * What the choices mean, at once: one slot for everyone in a group interview, otherwise each applicant's own time,
 * back to back in the order shown, which the recruiter can change. The times come from the server's preview (the
 * same plan sending makes), shown in the organisation's zone, with any participating recruiter already busy then.
 */
export function SlotOrder({
  wizard,
  isReady,
  onReorder,
}: {
  wizard: InviteWizardState;
  isReady: boolean;
  onReorder: (applicants: InvitedApplicant[]) => void;
}) {
  const { t } = useTranslation('invite-to-interview');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const zone = organisation.timeZone;
  // Step 1 asks for the slots only: no email is rendered, whatever step 2 holds.
  const request = invitationRequest({ ...wizard, message: null });
  const settled = useSettled({ request, isReady }, PREVIEW_DELAY_MS);
  const preview = useQuery({ ...invitationPreviewQuery(wizard.projectId, settled.request), enabled: isReady && settled.isReady });
  const isGroup = wizard.interview.type === 'group';
  const slots = isReady && preview.data ? preview.data.interviews : null;
  const updating = isReady && (preview.isFetching || JSON.stringify(settled.request) !== JSON.stringify(request));
  const overlaps = isReady && preview.data ? recruiterOverlaps(preview.data.warnings) : [];
  const { applicants } = wizard;
  // Said to screen readers after a move, as the list itself changes silently.
  const [movedTo, setMovedTo] = useState('');

  const slotText = (slot: { startsAt: string; endsAt: string } | undefined) =>
    slot ? `${formatDate(slot.startsAt, zone, language)} · ${formatTimeRange(slot.startsAt, slot.endsAt, zone, language)}` : null;

  function move(index: number, by: -1 | 1) {
    onReorder(moved(applicants, index, by));
    const to = index + by;
    setMovedTo(t('slots.moved', { name: applicants[index]!.name, position: to + 1 }));
    // The pressed button may now be at an end and disabled: keep focus on this applicant's other button.
    const edge = to === 0 || to === applicants.length - 1;
    if (edge) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-move="${applicants[index]!.applicationId}:${-by}"]`)?.focus());
  }

  return (
    <section className="iw-slots panel" aria-labelledby="iw-slots-heading" data-testid="slots">
      <h2 id="iw-slots-heading">{t('slots.heading')}</h2>
      <p className="small">{isGroup ? t('slots.group', { count: applicants.length }) : t('slots.backToBack')}</p>
      <p className="muted small">{t('slots.inZone', { zone: zoneName(zone, language) })}</p>

      <div className="iw-slots-state" role="status" aria-live="polite">
        {!isReady ? <p className="muted small">{t('slots.waiting')}</p> : updating && <p className="muted small">{t('slots.updating')}</p>}
      </div>
      {isReady && preview.isError && (
        <div data-testid="slots-failed">
          <p>{t('slots.failed')}</p>
          <ErrorNotice error={preview.error} onRetry={() => void preview.refetch()} />
        </div>
      )}

      {isGroup && (
        <p className="iw-slot-group" data-testid="group-slot">
          <strong>{t('slots.everyone')}</strong> <span className="iw-slot-time">{slotText(slots?.[0])}</span>
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="slot-moved">
        {movedTo}
      </p>
      <ol className="iw-slot-list" aria-busy={updating || undefined}>
        {applicants.map((applicant, index) => (
          <li key={applicant.applicationId} className="iw-slot" data-testid="slot">
            <span className="iw-slot-who">
              <span className="iw-slot-name" data-testid="slot-name">
                {applicant.name}
              </span>
              {!isGroup && (
                <span className="iw-slot-time muted small" data-testid="slot-time">
                  {slotText(slots?.[index])}
                </span>
              )}
            </span>
            {!isGroup && applicants.length > 1 && (
              <span className="iw-slot-move">
                <Button
                  variant="quiet"
                  isDisabled={index === 0}
                  onPress={() => move(index, -1)}
                  aria-label={t('slots.moveUp', { name: applicant.name })}
                  data-move={`${applicant.applicationId}:-1`}
                >
                  <span aria-hidden="true">↑</span>
                </Button>
                <Button
                  variant="quiet"
                  isDisabled={index === applicants.length - 1}
                  onPress={() => move(index, 1)}
                  aria-label={t('slots.moveDown', { name: applicant.name })}
                  data-move={`${applicant.applicationId}:1`}
                >
                  <span aria-hidden="true">↓</span>
                </Button>
              </span>
            )}
          </li>
        ))}
      </ol>

      <RecruiterOverlapNotice overlaps={overlaps} />
    </section>
  );
}
