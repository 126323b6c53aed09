import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ToggleButton, ToggleButtonGroup } from 'react-aria-components';
import { useSearchParams } from 'react-router';
import { projectsQuery, recruitersQuery } from '../../api/queries';
import { useSignedIn } from '../../app/session';
import { useLanguage } from '../../i18n/useLanguage';
import { zoneName } from '../../time/format';
import { Button } from '../../ui/Button';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageLoading } from '../../ui/PageLoading';
import { CalendarFeed } from './CalendarFeed';
import { dateRangeLabel, monthLabel } from './dates';
import { addMonths, monthOf, monthWindow } from './month';
import { isFreeSlot } from './OfferedSlot';
import { MonthView } from './MonthView';
import {
  CALENDAR_VIEWS,
  calendarParamsToSearch,
  parseCalendarParams,
  recruiterFromValue,
  recruiterIdFor,
  recruiterValue,
  switchView,
  type CalendarParams,
} from './params';
import { calendarQuery } from './queries';
import { addDays, isoWeekNumber, mondayOf, todayIn, weekDays, weekWindow } from './week';
import { WeekView } from './WeekView';
import './recruitment-calendar.css';

/** Rekrutteringskalender: a week or a month of interviews, Monday first, each with its invitees' answers. */
export function RecruitmentCalendarPage() {
  const { t } = useTranslation('recruitment-calendar');
  const me = useSignedIn();
  const language = useLanguage();
  const timeZone = me.organisation.timeZone;
  const today = todayIn(timeZone);
  const [search, setSearch] = useSearchParams();
  const params = parseCalendarParams(search, today);
  const month = params.view === 'month';
  // A month's grid is at most six weeks, well within the quarter the server answers at once.
  const span = month ? monthWindow(params.month, timeZone) : weekWindow(params.week, timeZone);
  const calendar = useQuery(calendarQuery(span, recruiterIdFor(params.recruiter, me.id), params.project));
  const projects = useQuery(projectsQuery);
  const days = weekDays(params.week);

  const go = (next: Partial<CalendarParams>) => setSearch(calendarParamsToSearch({ ...params, ...next }));
  const move = (steps: number) => go(month ? { month: addMonths(params.month, steps) } : { week: addDays(params.week, 7 * steps) });
  const weekOf = (day: string) => `?${calendarParamsToSearch({ ...params, view: 'week', week: mondayOf(day) }).toString()}`;
  const inView = (calendar.data?.items ?? []).filter((interview) => !month || monthOf(interview.date) === params.month);
  // A free offered slot is a time held open, not an interview: counted apart.
  const freeSlots = inView.filter(isFreeSlot).length;
  const shown = inView.length - freeSlots;

  const recruiters = useQuery(recruitersQuery);
  // Besides "me" and "all": everyone else of the organisation, by name.
  const recruiterChoices = (recruiters.data?.items ?? []).filter((recruiter) => recruiter.id !== me.id);
  const chosen = params.recruiter;
  const unknownRecruiter = typeof chosen === 'object' && !recruiterChoices.some((choice) => choice.id === chosen.id);

  return (
    <section className="page rc-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="muted small">{t('zone', { zone: zoneName(timeZone, language) })}</p>
      </header>

      <div className="rc-toolbar">
        <div className="rc-view-and-nav">
          <ToggleButtonGroup
            className="rc-view-switch"
            aria-label={t('view.label')}
            selectionMode="single"
            disallowEmptySelection
            selectedKeys={[params.view]}
            onSelectionChange={(keys) => {
              const [view] = [...keys];
              const chosen = CALENDAR_VIEWS.find((candidate) => candidate === view);
              if (chosen) setSearch(calendarParamsToSearch(switchView(params, chosen, today)));
            }}
          >
            {CALENDAR_VIEWS.map((view) => (
              <ToggleButton key={view} id={view} data-testid={`calendar-view-${view}`}>
                {t(`view.${view}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <nav className="rc-week-nav" aria-label={month ? t('monthNavigation') : t('navigation')}>
            <Button onPress={() => move(-1)} data-testid="calendar-previous">
              {month ? t('previousMonth') : t('previous')}
            </Button>
            <Button onPress={() => go({ week: mondayOf(today), month: monthOf(today) })} data-testid="calendar-today">
              {t('today')}
            </Button>
            <Button onPress={() => move(1)} data-testid="calendar-next">
              {month ? t('nextMonth') : t('next')}
            </Button>
          </nav>
        </div>
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

      {month ? (
        <h2 className="rc-week-heading rc-month-heading" data-testid="calendar-month-heading">
          {monthLabel(params.month, language)}
        </h2>
      ) : (
        <h2 className="rc-week-heading" data-testid="calendar-week">
          {t('weekHeading', { week: isoWeekNumber(params.week), range: dateRangeLabel(days[0]!, days[6]!, language) })}
        </h2>
      )}

      {calendar.isPending ? (
        <PageLoading rows={7} />
      ) : calendar.isError ? (
        <ErrorNotice error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <>
          <p className="muted" role="status">
            {month
              ? shown === 0
                ? t('noInterviewsMonth')
                : t('monthInterviews', { count: shown })
              : shown === 0
                ? t('noInterviews')
                : t('interviews', { count: shown })}
            {freeSlots > 0 && (shown > 0 ? ` · ${t('freeSlots', { count: freeSlots })}` : ` ${t('freeSlotsAlone', { count: freeSlots })}`)}
          </p>
          {month ? (
            <MonthView month={params.month} today={today} interviews={calendar.data.items} timeZone={timeZone} weekOf={weekOf} />
          ) : (
            <WeekView monday={params.week} today={today} interviews={calendar.data.items} timeZone={timeZone} />
          )}
        </>
      )}

      <CalendarFeed />
    </section>
  );
}
