import { Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/useLanguage';
import { formatTimeRange } from '../../time/format';
import { Button } from '../../ui/Button';
import { ApplicationStatusBadge } from '../../ui/StatusBadge';
import { answerLook } from './answers';
import { dayLabel } from './dates';
import { InterviewStatusPanel } from './InterviewStatusPanel';
import { isFreeSlot, isOffered, OfferedSlotMark } from './OfferedSlot';
import type { CalendarInterview } from './queries';

/** One interview of the week: time, type, project, recruiters, and each invitee's answer and status for the project. */
export function InterviewCard({ interview, timeZone }: { interview: CalendarInterview; timeZone: string }) {
  const { t } = useTranslation('recruitment-calendar');
  const language = useLanguage();
  const cancelled = interview.status === 'cancelled';
  const time = formatTimeRange(interview.startsAt, interview.endsAt, timeZone, language);
  return (
    <li
      className={`rc-interview rc-type-${interview.type}${cancelled ? ' rc-interview-cancelled' : ''}${isFreeSlot(interview) ? ' rc-slot-free' : ''}`}
      data-testid="calendar-interview"
    >
      <h4 className="rc-interview-heading">
        <span className="rc-time" data-testid="calendar-interview-time">
          {time}
        </span>{' '}
        <span className="rc-type">{t(`interviewType.${interview.type}`)}</span>
      </h4>
      {cancelled && <p className="badge rc-cancelled">{t('cancelled')}</p>}
      {isOffered(interview) && <OfferedSlotMark interview={interview} time={time} />}
      <p className="rc-project">{interview.project.title}</p>
      <p className="small">
        <span className="muted">{t('recruiters')}: </span>
        {interview.recruiters.map((recruiter) => recruiter.name).join(', ')}
      </p>
      {interview.invitees.length > 0 && (
        <ul className="rc-invitees" aria-label={t('invitees')}>
          {interview.invitees.map((invitee) => {
            const name = `${invitee.candidate.firstName} ${invitee.candidate.lastName}`;
            const look = answerLook(invitee.responseStatus);
            return (
              <li key={invitee.invitationId} className="rc-invitee" data-testid="calendar-invitee">
                <Link to={`/applications/${invitee.applicationId}`}>{name}</Link>
                <span className={`badge rc-answer rc-answer-${look.tone}`} data-testid="calendar-answer">
                  <span className="visually-hidden">{t('acc')} </span>
                  {t(look.words)}
                </span>
                {invitee.noReply && (
                  <span className="badge rc-no-reply" data-testid="calendar-no-reply">
                    {t('noReply')}
                  </span>
                )}
                <span className="rc-application-status" data-testid="calendar-application-status">
                  <span className="visually-hidden">{t('applicationStatus')} </span>
                  <ApplicationStatusBadge status={invitee.applicationStatus} />
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {!cancelled && interview.invitees.length > 0 && (
        <DialogTrigger>
          <Button variant="quiet" className="rc-status-toggle" data-testid="calendar-status-toggle">
            {t('statusOpen')}
            <span className="visually-hidden"> {time}</span>
          </Button>
          <ModalOverlay className="modal-overlay" isDismissable>
            <Modal className="modal rc-modal rc-status-modal">
              <Dialog className="rc-dialog" data-testid="calendar-status-dialog">
                {({ close }) => (
                  <>
                    <Heading slot="title">{t('statusTitle')}</Heading>
                    <p className="muted rc-status-when">
                      {dayLabel(interview.date, language)} {time} · {t(`interviewType.${interview.type}`)} · {interview.project.title}
                    </p>
                    <InterviewStatusPanel interview={interview} />
                    <Button onPress={close} className="rc-status-close">
                      {t('statusClose')}
                    </Button>
                  </>
                )}
              </Dialog>
            </Modal>
          </ModalOverlay>
        </DialogTrigger>
      )}
    </li>
  );
}
