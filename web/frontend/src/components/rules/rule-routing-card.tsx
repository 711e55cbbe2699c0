import {Card, FormLayout, Select, Text, TextField} from '@shopify/polaris';
import type {Staff} from '../../api/staff';
import {PRIORITY_LOOK} from '../../cases/case-words';
import {
  CHANNEL_OPTIONS,
  PRIORITY_OPTIONS,
  ruleFieldId,
  type RuleFormValues,
} from '../../rules/rule-form-values';
import type {RuleSectionProps} from './section-props';

const CHANNEL_WORDS: Record<RuleFormValues['channel'], string> = {
  phone: 'Phone call',
  email: 'Email',
  invoice: 'Invoice for the resumed order',
};

/** What the case is like: how urgent, for whom, how fast, by which channel. */
export function RuleRoutingCard({
  values,
  errors,
  onChange,
  staff,
}: RuleSectionProps & {staff: readonly Staff[] | undefined}) {
  const people = [
    {label: 'Choose a person', value: ''},
    ...(staff ?? []).map((person) => ({label: person.name ?? person.userId, value: person.userId})),
  ];
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          Open a case
        </Text>
        <FormLayout.Group>
          <Select
            id={ruleFieldId('priority')}
            label="Priority"
            options={PRIORITY_OPTIONS.map((value) => ({label: PRIORITY_LOOK[value].label, value}))}
            value={values.priority}
            onChange={(value) =>
              onChange('priority', PRIORITY_OPTIONS.find((o) => o === value) ?? 'normal')
            }
            error={errors.priority}
          />
          <Select
            id={ruleFieldId('channel')}
            label="Suggested channel"
            options={CHANNEL_OPTIONS.map((value) => ({label: CHANNEL_WORDS[value], value}))}
            value={values.channel}
            onChange={(value) =>
              onChange('channel', CHANNEL_OPTIONS.find((o) => o === value) ?? 'phone')
            }
            error={errors.channel}
          />
        </FormLayout.Group>
        <FormLayout.Group>
          <Select
            id={ruleFieldId('assigneeKind')}
            label="For"
            options={[
              {label: 'The agent on shift (round robin)', value: 'round_robin'},
              {label: 'A person', value: 'person'},
            ]}
            value={values.assigneeKind}
            onChange={(value) =>
              onChange('assigneeKind', value === 'person' ? 'person' : 'round_robin')
            }
          />
          {values.assigneeKind === 'person' ? (
            <Select
              id={ruleFieldId('assigneeUserId')}
              label="Person"
              options={people}
              value={values.assigneeUserId}
              onChange={(value) => onChange('assigneeUserId', value)}
              error={errors.assigneeUserId}
            />
          ) : null}
        </FormLayout.Group>
        <TextField
          id={ruleFieldId('contactWithinMinutes')}
          label="Contact within"
          type="number"
          min={1}
          suffix="minutes"
          value={values.contactWithinMinutes}
          onChange={(value) => onChange('contactWithinMinutes', value)}
          error={errors.contactWithinMinutes}
          autoComplete="off"
        />
      </FormLayout>
    </Card>
  );
}
