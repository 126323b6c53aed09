import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { projectsQuery } from '../../api/queries';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { formatTimeRange, zoneName } from '../../time/format';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import { answerLook } from './answers';
import { CalendarFeed } from './CalendarFeed';
import { dateRangeLabel, dayLabel } from './dates';
import { calendarParamsToSearch, parseCalendarParams, recruiterFromValue, recruiterIdFor, recruiterValue, type CalendarParams } from './params';
import { calendarQuery, type CalendarInterview } from './queries';
import { addDays, isoWeekNumber, mondayOf, todayIn, weekDays, weekWindow } from './week';
import './recruitment-calendar.css';

/** Rekrutteringskalender: a week of interviews, Monday first, each with its invitees' answers. */
export function RecruitmentCalendarPage() {
  const { t } = useTranslation('recruitment-calendar');
  const me = useSignedIn();
  const language = useLanguage();
  const timeZone = me.organisation.timeZone;
  const today = todayIn(timeZone);
  const [search, setSearch] = useSearchParams();
  const params = parseCalendarParams(search, today);
  const span = weekWindow(params.week, timeZone);
  const calendar = useQuery(calendarQuery(span, recruiterIdFor(params.recruiter, me.id), params.project));
  const projects = useQuery(projectsQuery);
  const days = weekDays(params.week);

  const go = (next: Partial<CalendarParams>) => setSearch(calendarParamsToSearch({ ...params, ...next }));

  // No endpoint lists the organisation's recruiters: the choices are the projects' owners and everyone taking
  // part in the interviews shown, besides "me" and "all".
  const recruiterChoices = useMemo(() => {
    const found = new Map<string, string>();
    for (const project of projects.data?.items ?? []) found.set(project.owner.id, project.owner.name);
    for (const interview of calendar.data?.items ?? []) for (const recruiter of interview.recruiters) found.set(recruiter.id, recruiter.name);
    found.delete(me.id);
    return [...found].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, language));
  }, [projects.data, calendar.data, me.id, language]);
  const chosen = params.recruiter;
  const unknownRecruiter = typeof chosen === 'object' && !recruiterChoices.some((choice) => choice.id === chosen.id);

  const byDay = useMemo(() => {
    const map = new Map<string, CalendarInterview[]>(days.map((day) => [day, []]));
    for (const interview of calendar.data?.items ?? []) {
      // One that began in the week before (overlapping midnight on Monday) shows on Monday.
      const day = interview.date < days[0]! ? days[0]! : interview.date;
      map.get(day)?.push(interview);
    }
    return map;
  }, [calendar.data, days]);

  return (
    <section className="page rc-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="muted small">{t('zone', { zone: zoneName(timeZone, language) })}</p>
      </header>

      <div className="rc-toolbar">
        <nav className="rc-week-nav" aria-label={t('navigation')}>
          <Button onPress={() => go({ week: addDays(params.week, -7) })} data-testid="calendar-previous">
            {t('previous')}
          </Button>
          <Button onPress={() => go({ week: mondayOf(today) })} data-testid="calendar-today">
            {t('today')}
          </Button>
          <Button onPress={() => go({ week: addDays(params.week, 7) })} data-testid="calendar-next">
            {t('next')}
          </Button>
        </nav>
        <div className="rc-filters" role="group" aria-label={t('filters')}>
          <div className="field">
            <label htmlFor="rc-recruiter">{t('recruiter')}</label>
            <select
              id="rc-recruiter"
              className="select-native"
              value={recruiterValue(params.recruiter)}
              onChange={(event) => go({ recruiter: recruiterFromValue(event.target.value) })}
            >
              <option value="me">{t('recruiterMe', { name: me.name })}</option>
              <option value="all">{t('recruiterAll')}</option>
              {recruiterChoices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
              {unknownRecruiter && <option value={chosen.id}>{t('recruiterOther')}</option>}
            </select>
          </div>
          <div className="field">
            <label htmlFor="rc-project">{t('project')}</label>
            <select id="rc-project" className="select-native" value={params.project ?? ''} onChange={(event) => go({ project: event.target.value || null })}>
              <option value="">{t('projectAll')}</option>
              {(projects.data?.items ?? []).map((project) => (
                <option key={project.id} value={project.id}>
                  {project.title}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>

      <h2 className="rc-week-heading" data-testid="calendar-week">
        {t('weekHeading', { week: isoWeekNumber(params.week), range: dateRangeLabel(days[0]!, days[6]!, language) })}
      </h2>

      {calendar.isPending ? (
        <PageLoading rows={7} />
      ) : calendar.isError ? (
        <ErrorNotice error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <>
          <p className="muted" role="status">
            {calendar.data.items.length === 0 ? t('noInterviews') : t('interviews', { count: calendar.data.items.length })}
          </p>
          <ol className="rc-week" data-testid="calendar-days">
            {days.map((day) => {
              const interviews = byDay.get(day) ?? [];
              return (
                <li key={day} className={`rc-day${day === today ? ' rc-day-today' : ''}${interviews.length === 0 ? ' rc-day-empty' : ''}`} data-testid={`calendar-day-${day}`}>
                  <h3 className="rc-day-heading">
                    {dayLabel(day, language)}
                    {day === today && <span className="rc-today-mark"> ({t('todayMark')})</span>}
                  </h3>
                  {interviews.length === 0 ? (
                    <p className="muted small rc-day-none">{t('dayEmpty')}</p>
                  ) : (
                    <ul className="rc-interviews">
                      {interviews.map((interview) => (
                        <InterviewCard key={interview.id} interview={interview} timeZone={timeZone} />
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}

      <CalendarFeed />
    </section>
  );
}

function InterviewCard({ interview, timeZone }: { interview: CalendarInterview; timeZone: string }) {
  const { t } = useTranslation('recruitment-calendar');
  const language = useLanguage();
  const cancelled = interview.status === 'cancelled';
  return (
    <li className={`rc-interview rc-type-${interview.type}${cancelled ? ' rc-interview-cancelled' : ''}`} data-testid="calendar-interview">
      <h4 className="rc-interview-heading">
        <span className="rc-time" data-testid="calendar-interview-time">
          {formatTimeRange(interview.startsAt, interview.endsAt, timeZone, language)}
        </span>{' '}
        <span className="rc-type">{t(`interviewType.${interview.type}`)}</span>
      </h4>
      {cancelled && <p className="badge rc-cancelled">{t('cancelled')}</p>}
      <p className="rc-project">{interview.project.title}</p>
      <p className="small">
        <span className="muted">{t('recruiters')}: </span>
        {interview.recruiters.map((recruiter) => recruiter.name).join(', ')}
      </p>
      <ul className="rc-invitees" aria-label={t('invitees')}>
        {interview.invitees.map((invitee) => {
          const name = `${invitee.candidate.firstName} ${invitee.candidate.lastName}`;
          const look = answerLook(invitee.responseStatus);
          return (
            <li key={invitee.invitationId} className="rc-invitee" data-testid="calendar-invitee">
              <Link to={`/applications/${invitee.applicationId}`}>
                {name}
              </Link>
              <span className={`badge rc-answer rc-answer-${look.tone}`} data-testid="calendar-answer">
                <span className="visually-hidden">{t('acc')} </span>
                {t(look.words)}
              </span>
              {invitee.noReply && (
                <span className="badge rc-no-reply" data-testid="calendar-no-reply">
                  {t('noReply')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
