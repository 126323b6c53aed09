import { Checkbox, CheckboxGroup, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { ProjectOverview } from '../../api/types';
import { APPLICATION_STATUSES } from '../../ui/application-statuses';
import { CheckIcon } from './icons';

/** The statuses as chips to tick, each with how many applications hold it. */
export function StatusFilter({
  value,
  counts,
  onChange,
}: {
  value: string[];
  counts: ProjectOverview['applicationCounts'] | undefined;
  onChange: (statuses: string[]) => void;
}) {
  const { t } = useTranslation('application-handling');
  return (
    <CheckboxGroup className="ah-status-filter" value={value} onChange={onChange} data-testid="status-filter">
      <Label className="field-label">{t('list.statusFilter')}</Label>
      <Text slot="description" className="visually-hidden">
        {t('list.statusFilterHint')}
      </Text>
      <div className="ah-chips">
        {APPLICATION_STATUSES.map((status) => (
          <Checkbox key={status} value={status} className={`ah-chip ah-chip-${status}`} data-testid={`status-filter-${status}`}>
            {({ isSelected }) => (
              <>
                {isSelected && <CheckIcon />}
                <span>{t(`applicationStatus.${status}`, { ns: 'common' })}</span>
                {counts && <span className="ah-chip-count">{counts[status]}</span>}
              </>
            )}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}
