import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { dayLabel } from './dates';
import { InterviewCard } from './InterviewCard';
import type { CalendarInterview } from './queries';
import { weekDays } from './week';
import { interviewsByDay } from './by-day';

/** A week, Monday first: seven columns on a wide screen, one day under the other on a phone. */
export function WeekView({ monday, today, interviews, timeZone }: { monday: string; today: string; interviews: CalendarInterview[]; timeZone: string }) {
  const { t } = useTranslation('recruitment-calendar');
  const language = useLanguage();
  const days = useMemo(() => weekDays(monday), [monday]);
  const byDay = useMemo(() => interviewsByDay(interviews, days), [interviews, days]);
  return (
    <ol className="rc-week" data-testid="calendar-days">
      {days.map((day) => {
        const ofDay = byDay.get(day) ?? [];
        return (
          <li key={day} className={`rc-day${day === today ? ' rc-day-today' : ''}${ofDay.length === 0 ? ' rc-day-empty' : ''}`} data-testid={`calendar-day-${day}`}>
            <h3 className="rc-day-heading">
              {dayLabel(day, language)}
              {day === today && <span className="rc-today-mark"> ({t('todayMark')})</span>}
            </h3>
            {ofDay.length === 0 ? (
              <p className="muted small rc-day-none">{t('dayEmpty')}</p>
            ) : (
              <ul className="rc-interviews">
                {ofDay.map((interview) => (
                  <InterviewCard key={interview.id} interview={interview} timeZone={timeZone} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
