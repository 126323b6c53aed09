import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/useLanguage';
import { formatTimeRange } from '../../time/format';
import { answerCounts, answerLook } from './answers';
import { interviewsByDay } from './by-day';
import { dayLabel, weekdayLabel, weekdayShortLabel } from './dates';
import { monthOf, monthWeeks } from './month';
import { useNarrowScreen } from './narrow-screen';
import { isFreeSlot, isOffered, OfferedSlotMark } from './OfferedSlot';
import type { CalendarInterview } from './queries';

interface MonthViewProps {
  month: string;
  today: string;
  interviews: CalendarInterview[];
  timeZone: string;
  /** The address of the week view of a day's week. */
  weekOf: (day: string) => string;
}

/** A month, Monday first, each day with its interviews in brief; on a phone, the days that have interviews. */
export function MonthView(props: MonthViewProps) {
  const narrow = useNarrowScreen();
  const weeks = useMemo(() => monthWeeks(props.month), [props.month]);
  const byDay = useMemo(() => interviewsByDay(props.interviews, weeks.flat()), [props.interviews, weeks]);
  return narrow ? <MonthList {...props} byDay={byDay} weeks={weeks} /> : <MonthGrid {...props} byDay={byDay} weeks={weeks} />;
}

type LaidOut = MonthViewProps & { byDay: Map<string, CalendarInterview[]>; weeks: string[][] };

function MonthGrid({ month, today, timeZone, weekOf, byDay, weeks }: LaidOut) {
  const { t } = useTranslation('recruitment-calendar');
  const language = useLanguage();
  return (
    <table className="rc-month" data-testid="calendar-month">
      <thead>
        <tr>
          {weeks[0]!.map((day) => (
            <th key={day} scope="col">
              <abbr title={weekdayLabel(day, language)}>{weekdayShortLabel(day, language)}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const interviews = byDay.get(day) ?? [];
              const outside = monthOf(day) !== month;
              return (
                <td
                  key={day}
                  className={`rc-month-day${outside ? ' rc-month-outside' : ''}${day === today ? ' rc-day-today' : ''}`}
                  data-testid={`calendar-month-day-${day}`}
                >
                  <Link to={weekOf(day)} className="rc-month-date" aria-label={t('openWeekOf', { day: dayLabel(day, language) })}>
                    {Number(day.slice(8))}
                  </Link>
                  {day === today && <span className="rc-month-today">{t('todayMark')}</span>}
                  {interviews.length > 0 && <MonthInterviews interviews={interviews} timeZone={timeZone} />}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MonthList({ month, today, timeZone, weekOf, byDay }: LaidOut) {
  const { t } = useTranslation('recruitment-calendar');
  const language = useLanguage();
  const days = [...byDay].filter(([day, interviews]) => monthOf(day) === month && interviews.length > 0);
  if (days.length === 0) return null;
  return (
    <ol className="rc-month-list" data-testid="calendar-month">
      {days.map(([day, interviews]) => (
        <li key={day} className={`rc-day${day === today ? ' rc-day-today' : ''}`} data-testid={`calendar-month-day-${day}`}>
          <h3 className="rc-day-heading">
            <Link to={weekOf(day)}>{dayLabel(day, language)}</Link>
            {day === today && <span className="rc-today-mark"> ({t('todayMark')})</span>}
          </h3>
          <MonthInterviews interviews={interviews} timeZone={timeZone} />
        </li>
      ))}
    </ol>
  );
}

function MonthInterviews({ interviews, timeZone }: { interviews: CalendarInterview[]; timeZone: string }) {
  const { t } = useTranslation('recruitment-calendar');
  const language = useLanguage();
  return (
    <ul className="rc-month-interviews">
      {interviews.map((interview) => {
        const cancelled = interview.status === 'cancelled';
        const free = isFreeSlot(interview);
        const time = formatTimeRange(interview.startsAt, interview.endsAt, timeZone, language);
        return (
          <li
            key={interview.id}
            className={`rc-month-interview rc-type-${interview.type}${cancelled ? ' rc-interview-cancelled' : ''}${free ? ' rc-slot-free' : ''}`}
            data-testid="calendar-month-interview"
          >
            <span className="rc-time" data-testid="calendar-month-interview-time">
              {time}
            </span>{' '}
            <span className="rc-type">{t(`interviewType.${interview.type}`)}</span>{' '}
            <span className="rc-month-project">{interview.project.title}</span>{' '}
            {isOffered(interview) && !cancelled && <OfferedSlotMark interview={interview} time={time} />}
            {free ? null : cancelled ? (
              <span className="badge rc-cancelled">{t('cancelled')}</span>
            ) : (
              <span className="rc-month-answers" data-testid="calendar-month-answers">
                {answerCounts(interview.invitees.map((invitee) => invitee.responseStatus)).map(({ status, count }) => (
                  <span key={status} className={`badge rc-answer rc-answer-${answerLook(status).tone}`}>
                    {t('answerCount', { count, answer: t(answerLook(status).words) })}
                  </span>
                ))}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
