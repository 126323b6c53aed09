import { useTranslation } from 'react-i18next';
import type { ApplicationAndCv } from '../../api/types';

type ResponseStatus = ApplicationAndCv['invitations'][number]['responseStatus'];
type DeliveryStatus = ApplicationAndCv['messages'][number]['status'];

/** A sign beside the words, so the state never rests on colour alone. */
const RESPONSE_SIGNS: Record<ResponseStatus, string> = {
  awaiting: '…',
  accepted: '✓',
  declined: '✕',
  new_time_requested: '↻',
  not_relevant: '–',
  cancelled: '⊘',
};

const DELIVERY_SIGNS: Record<DeliveryStatus, string> = {
  queued: '◷',
  sending: '↗',
  sent: '✓',
  failed: '!',
  cancelled: '⊘',
};

/** The candidate's answer to an invitation, the source's "Acc." column. */
export function ResponseStatusBadge({ status }: { status: ResponseStatus }) {
  const { t } = useTranslation('application-and-cv');
  return (
    <span className={`badge cv-badge cv-response-${status}`} data-testid="response-status">
      <span className="cv-badge-sign" aria-hidden="true">
        {RESPONSE_SIGNS[status]}
      </span>
      {t(`responseStatus.${status}`)}
    </span>
  );
}

export function NoReplyBadge() {
  const { t } = useTranslation('application-and-cv');
  return (
    <span className="badge cv-badge cv-no-reply" data-testid="no-reply">
      <span className="cv-badge-sign" aria-hidden="true">
        !
      </span>
      {t('invitations.noReply')}
    </span>
  );
}

/** Where a message or reminder is on its way: waiting, sending, sent, failed, cancelled. */
export function DeliveryBadge({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation('application-and-cv');
  return (
    <span className={`badge cv-badge cv-delivery-${status}`}>
      <span className="cv-badge-sign" aria-hidden="true">
        {DELIVERY_SIGNS[status]}
      </span>
      {t(`delivery.${status}`)}
    </span>
  );
}
