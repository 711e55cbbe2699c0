import {Card, FormLayout, Select, Text, TextField} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {RULE_LIMITS} from '../../../../shared/rule-schemas';
import type {Staff} from '../../api/staff';
import {
  CHANNEL_OPTIONS,
  PRIORITY_OPTIONS,
  ruleFieldId,
  type RuleFormValues,
} from '../../rules/rule-form-values';
import type {RuleSectionProps} from './section-props';

const CHANNEL_WORDS = {
  phone: 'routing.channelPhone',
  email: 'routing.channelEmail',
  invoice: 'routing.channelInvoice',
} as const satisfies Record<RuleFormValues['channel'], string>;

/** What the case is like: how urgent, for whom, how fast, by which channel. */
export function RuleRoutingCard({
  values,
  errors,
  onChange,
  staff,
}: RuleSectionProps & {staff: readonly Staff[] | undefined}) {
  const {t} = useTranslation('rules');
  const people = [
    {label: t('routing.choosePerson'), value: ''},
    ...(staff ?? []).map((person) => ({label: person.name ?? person.userId, value: person.userId})),
  ];
  return (
    <Card>
      <FormLayout>
        <Text as="h2" variant="headingMd">
          {t('routing.heading')}
        </Text>
        <FormLayout.Group>
          <Select
            id={ruleFieldId('priority')}
            label={t('routing.priority')}
            options={PRIORITY_OPTIONS.map((value) => ({label: t(`priority.${value}`), value}))}
            value={values.priority}
            onChange={(value) =>
              onChange('priority', PRIORITY_OPTIONS.find((o) => o === value) ?? 'normal')
            }
            error={errors.priority}
          />
          <Select
            id={ruleFieldId('channel')}
            label={t('routing.channel')}
            options={CHANNEL_OPTIONS.map((value) => ({label: t(CHANNEL_WORDS[value]), value}))}
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
            label={t('routing.for')}
            options={[
              {label: t('routing.roundRobin'), value: 'round_robin'},
              {label: t('routing.person'), value: 'person'},
            ]}
            value={values.assigneeKind}
            onChange={(value) =>
              onChange('assigneeKind', value === 'person' ? 'person' : 'round_robin')
            }
          />
          {values.assigneeKind === 'person' ? (
            <Select
              id={ruleFieldId('assigneeUserId')}
              label={t('routing.personLabel')}
              options={people}
              value={values.assigneeUserId}
              onChange={(value) => onChange('assigneeUserId', value)}
              error={errors.assigneeUserId}
            />
          ) : null}
        </FormLayout.Group>
        <TextField
          id={ruleFieldId('contactWithinMinutes')}
          label={t('routing.contactWithin')}
          type="number"
          min={RULE_LIMITS.contactWithinMinutes.min}
          max={RULE_LIMITS.contactWithinMinutes.max}
          suffix={t('routing.minutes')}
          value={values.contactWithinMinutes}
          onChange={(value) => onChange('contactWithinMinutes', value)}
          error={errors.contactWithinMinutes}
          autoComplete="off"
        />
      </FormLayout>
    </Card>
  );
}
