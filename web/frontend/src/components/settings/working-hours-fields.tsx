import {BlockStack, Checkbox, InlineGrid, InlineError, Text, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {weekdayName, type DayRow} from '../../team/working-hours';

interface Props {
  /** Prefixes the fields' ids: `staff` gives `staff-workingHours`, `staff-day-1-start`. */
  idPrefix: string;
  /** What the checkbox turns on, and what leaving it off means. */
  label: string;
  helpText: string;
  /** Whose clock the times are on: "the person’s time zone". */
  zoneWords: string;
  disabled?: boolean;
  hoursSet: boolean;
  days: readonly DayRow[];
  error: string | undefined;
  onHoursSet: (on: boolean) => void;
  onDay: (row: DayRow) => void;
}

/** Working hours per weekday, in someone's time zone; unset means "any time". */
export function WorkingHoursFields({
  idPrefix,
  label,
  helpText,
  zoneWords,
  disabled = false,
  hoursSet,
  days,
  error,
  onHoursSet,
  onDay,
}: Props) {
  const {t} = useTranslation('team');
  const id = `${idPrefix}-workingHours`;
  return (
    <BlockStack gap="200">
      <BlockStack gap="050">
        <Checkbox
          id={id}
          label={label}
          disabled={disabled}
          checked={hoursSet}
          onChange={onHoursSet}
          ariaDescribedBy={[`${id}HelpText`, ...(error ? [`${id}Error`] : [])].join(' ')}
        />
        {/* Beside the checkbox rather than in it: Polaris greys a disabled checkbox's help text
            below readable contrast, and someone who may not edit still needs to read it. */}
        <div id={`${id}HelpText`} style={{paddingInlineStart: 'var(--p-space-600)'}}>
          <Text as="p" tone="subdued">
            {helpText}
          </Text>
        </div>
      </BlockStack>
      {hoursSet ? (
        <BlockStack gap="100">
          {days.map((row) => {
            const dayName = weekdayName(t, row.day, 'long');
            return (
              <InlineGrid key={row.day} columns={3} gap="200" alignItems="center">
                <Checkbox
                  id={`${idPrefix}-day-${row.day}`}
                  label={dayName}
                  checked={row.on}
                  disabled={disabled}
                  onChange={(on) => onDay({...row, on})}
                />
                <TextField
                  id={`${idPrefix}-day-${row.day}-start`}
                  label={t('hours.from', {day: dayName})}
                  labelHidden
                  type="time"
                  value={row.start}
                  disabled={disabled || !row.on}
                  onChange={(start) => onDay({...row, start})}
                  autoComplete="off"
                />
                <TextField
                  id={`${idPrefix}-day-${row.day}-end`}
                  label={t('hours.until', {day: dayName})}
                  labelHidden
                  type="time"
                  value={row.end}
                  disabled={disabled || !row.on}
                  onChange={(end) => onDay({...row, end})}
                  autoComplete="off"
                />
              </InlineGrid>
            );
          })}
        </BlockStack>
      ) : null}
      {error ? <InlineError message={error} fieldID={id} /> : null}
      {hoursSet ? (
        <Text as="p" tone="subdued">
          {t('hours.zone', {zone: zoneWords})}
        </Text>
      ) : null}
    </BlockStack>
  );
}
