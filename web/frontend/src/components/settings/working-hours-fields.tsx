import {BlockStack, Checkbox, InlineGrid, InlineError, Text, TextField} from '@shopify/polaris';
import {staffFieldId} from '../../team/staff-form-values';
import {WEEKDAYS, type DayRow} from '../../team/working-hours';

interface Props {
  hoursSet: boolean;
  days: readonly DayRow[];
  error: string | undefined;
  onHoursSet: (on: boolean) => void;
  onDay: (row: DayRow) => void;
}

/** Working hours per weekday, in the person's own time zone; unset means "any time". */
export function WorkingHoursFields({hoursSet, days, error, onHoursSet, onDay}: Props) {
  const id = staffFieldId('workingHours');
  return (
    <BlockStack gap="200">
      <Checkbox
        id={id}
        label="Set working hours"
        helpText="Without them, only “Taking cases” decides whether round robin gives this person a case."
        checked={hoursSet}
        onChange={onHoursSet}
        ariaDescribedBy={error ? `${id}Error` : undefined}
      />
      {hoursSet ? (
        <BlockStack gap="100">
          {days.map((row) => {
            const dayName = WEEKDAYS[row.day] ?? '';
            return (
              <InlineGrid key={row.day} columns={3} gap="200" alignItems="center">
                <Checkbox
                  id={`staff-day-${row.day}`}
                  label={dayName}
                  checked={row.on}
                  onChange={(on) => onDay({...row, on})}
                />
                <TextField
                  id={`staff-day-${row.day}-start`}
                  label={`${dayName} from`}
                  labelHidden
                  type="time"
                  value={row.start}
                  disabled={!row.on}
                  onChange={(start) => onDay({...row, start})}
                  autoComplete="off"
                />
                <TextField
                  id={`staff-day-${row.day}-end`}
                  label={`${dayName} until`}
                  labelHidden
                  type="time"
                  value={row.end}
                  disabled={!row.on}
                  onChange={(end) => onDay({...row, end})}
                  autoComplete="off"
                />
              </InlineGrid>
            );
          })}
        </BlockStack>
      ) : null}
      {error ? <InlineError message={error} fieldID={id} /> : null}
      <Text as="span" visuallyHidden>
        Times are in the person’s time zone.
      </Text>
    </BlockStack>
  );
}
