import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { ApplicationAndCv } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate, zoneName } from '../../time/format';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { languageName } from '../../ui/language-name';
import { PageLoading } from '../../ui/PageLoading';
import { readableMobile } from '../../ui/phone';
import { ApplicationStatusBadge } from '../../ui/StatusBadge';
import './application-and-cv.css';
import { BookingInvitations } from './BookingInvitations';
import { newestFirst } from './display';
import { HistorySection } from './HistorySection';
import { InvitationCard } from './InvitationCard';
import { MessagesSection } from './MessagesSection';
import { ProjectStatusPanel } from './ProjectStatusPanel';
import { applicationQuery } from './queries';

/** Ansøgning og CV: the candidate, their application for the project, its interviews, messages and history. */
export function ApplicationAndCvPage() {
  const { applicationId = '' } = useParams();
  const { t } = useTranslation('application-and-cv');
  const application = useQuery(applicationQuery(applicationId));

  if (application.isSuccess) return <ApplicationAndCvView data={application.data} />;
  return (
    <section className="page cv-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      {application.isPending ? (
        <PageLoading rows={8} />
      ) : application.error instanceof ApiError && application.error.status === 404 ? (
        <div className="notice notice-info" role="alert">
          <p>{t('notFound')}</p>
          <p>
            <Link to="/projects">{t('backToOverview')}</Link>
          </p>
        </div>
      ) : (
        <ErrorNotice error={application.error} onRetry={() => void application.refetch()} />
      )}
    </section>
  );
}

function ApplicationAndCvView({ data }: { data: ApplicationAndCv }) {
  const { t } = useTranslation('application-and-cv');
  const { organisation } = useSignedIn();
  const language = useLanguage();
  const { application, candidate, project } = data;
  const name = `${candidate.firstName} ${candidate.lastName}`;
  const zone = organisation.timeZone;

  const invitations = useMemo(() => newestFirst(data.invitations, (invitation) => invitation.createdAt), [data.invitations]);
  const remindersOf = useMemo(() => {
    const byInvitation = new Map<string | null, ApplicationAndCv['reminders']>();
    for (const reminder of data.reminders) byInvitation.set(reminder.invitationId, [...(byInvitation.get(reminder.invitationId) ?? []), reminder]);
    return byInvitation;
  }, [data.reminders]);
  const historyContext = useMemo(
    () => ({ interviewTypes: new Map(data.invitations.map((invitation) => [invitation.id, invitation.interview.type])) }),
    [data.invitations],
  );

  return (
    <article className="page cv-page" aria-labelledby="cv-name">
      <header className="cv-header">
        <Breadcrumb
          items={[
            { label: t('frame.recruitmentOverview', { ns: 'common' }), to: '/projects' },
            { label: project.title, to: `/projects/${project.id}/applications` },
          ]}
        />
        <p className="cv-eyebrow muted small">{t('title')}</p>
        <div className="cv-title">
          <h1 id="cv-name">{name}</h1>
          <p className="cv-status">
            <span className="muted small">{t('details.status')}</span> <ApplicationStatusBadge status={application.status} />
          </p>
        </div>
      </header>

      <div className="cv-top">
        <div className="cv-side">
          <section className="panel cv-candidate" aria-labelledby="cv-details-heading">
            <h2 id="cv-details-heading">{t('details.heading')}</h2>
            <dl className="details cv-details">
              <dt>{t('details.email')}</dt>
              <dd>
                <a href={`mailto:${candidate.email}`} className="cv-break-word">
                  <BreakableEmail address={candidate.email} />
                </a>
              </dd>
              <dt>{t('details.mobile')}</dt>
              <dd>
                {candidate.mobile ? (
                  <a href={`tel:${candidate.mobile}`}>{readableMobile(candidate.mobile)}</a>
                ) : (
                  <span className="cv-no-mobile" data-testid="no-mobile">
                    <span aria-hidden="true">! </span>
                    {t('details.noMobile')}
                  </span>
                )}
              </dd>
              <dt>{t('details.language')}</dt>
              <dd>
                <span lang={candidate.language}>{languageName(candidate.language, language)}</span>
              </dd>
              <dt>{t('details.submitted')}</dt>
              <dd>
                <time dateTime={application.submittedAt}>{formatDate(application.submittedAt, zone, language)}</time>
              </dd>
              <dt>{t('details.project')}</dt>
              <dd>
                {project.title} <span className="muted small cv-nowrap">{t('details.reference', { reference: project.reference })}</span>
              </dd>
            </dl>
          </section>
          <ProjectStatusPanel application={application} />
        </div>

        <section className="cv-section cv-invitations" aria-labelledby="cv-invitations-heading">
          <h2 id="cv-invitations-heading">{t('invitations.heading')}</h2>
          <p className="muted small">{t('timesIn', { zone: zoneName(zone, language) })}</p>
          <BookingInvitations invitations={data.bookingInvitations} projectId={project.id} />
          {invitations.length === 0 && data.bookingInvitations.length === 0 ? (
            <p className="empty">{t('invitations.none')}</p>
          ) : (
            invitations.map((invitation) => (
              <InvitationCard key={invitation.id} invitation={invitation} reminders={remindersOf.get(invitation.id) ?? []} />
            ))
          )}
        </section>
      </div>

      <MessagesSection messages={data.messages} applicationId={application.id} />
      <HistorySection history={data.history} context={historyContext} />
    </article>
  );
}

/** An address that may wrap after its "@" rather than anywhere, when the column is narrow. */
function BreakableEmail({ address }: { address: string }) {
  const at = address.indexOf('@');
  if (at < 0) return address;
  return (
    <>
      {address.slice(0, at)}
      <wbr />
      {address.slice(at)}
    </>
  );
}
