import {useState} from 'react';
import {useTranslation} from 'react-i18next';
import {
  Badge,
  BlockStack,
  Box,
  Button,
  Card,
  Divider,
  InlineStack,
  Layout,
  Text,
} from '@shopify/polaris';
import {STAFF_PATH, parseStaffList, type Staff} from '../../api/staff';
import {useApiQuery} from '../../api/use-api';
import {hoursWords, shiftWords} from '../../team/working-hours';
import {ApiErrorBanner} from '../api-error-banner';
import {FormSkeleton} from './form-skeleton';
import {StaffEditorModal} from './staff-editor-modal';
import {useSectionReady} from '../../settings/settings-readiness';

/** Editing: a person, or `new`; closed: `undefined`. */
type Editing = Staff | 'new' | undefined;

/** Who follows up: each person's role, zone, hours and whether they are on shift now. */
export function TeamSection() {
  const {t} = useTranslation('team');
  const {query, reload} = useApiQuery(STAFF_PATH, parseStaffList);
  useSectionReady('team', query.status !== 'loading');
  const [editing, setEditing] = useState<Editing>();
  const staff = query.status === 'success' ? query.data : [];
  const me = staff.find((person) => person.isMe);
  const lead = me?.role === 'lead';
  return (
    <Layout.AnnotatedSection title={t('section.title')} description={t('section.description')}>
      {query.status === 'loading' ? <FormSkeleton label={t('section.loading')} /> : null}
      {query.status === 'error' ? (
        <ApiErrorBanner title={t('section.loadFailed')} error={query.error} onRetry={reload} />
      ) : null}
      {query.status === 'success' ? (
        <Card padding="0">
          <BlockStack as="ul">
            {staff.map((person, index) => (
              <BlockStack as="li" key={person.userId}>
                {index > 0 ? <Divider /> : null}
                <StaffItem
                  person={person}
                  canEdit={lead || person.isMe}
                  onEdit={() => setEditing(person)}
                />
              </BlockStack>
            ))}
          </BlockStack>
          {lead ? (
            <Box padding="400" borderBlockStartWidth="025" borderColor="border">
              <Button onClick={() => setEditing('new')}>{t('section.add')}</Button>
            </Box>
          ) : null}
        </Card>
      ) : null}
      {editing !== undefined ? (
        <StaffEditorModal
          person={editing === 'new' ? undefined : editing}
          lead={lead}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            reload();
          }}
        />
      ) : null}
    </Layout.AnnotatedSection>
  );
}

function StaffItem({
  person,
  canEdit,
  onEdit,
}: {
  person: Staff;
  canEdit: boolean;
  onEdit: () => void;
}) {
  const {t} = useTranslation('team');
  const shift = shiftWords(t, person);
  const name = person.name ?? t('section.nameUnknown');
  return (
    <Box padding="400">
      <InlineStack align="space-between" blockAlign="start" gap="200">
        <BlockStack gap="100">
          <InlineStack gap="200" blockAlign="center">
            <Text as="h3" variant="headingSm">
              {name}
            </Text>
            {person.isMe ? <Badge tone="info">{t('section.you')}</Badge> : null}
            <Badge>{t(`roles.${person.role}`)}</Badge>
            <Badge tone={shift.tone} toneAndProgressLabelOverride={t('section.shift')}>
              {shift.label}
            </Badge>
          </InlineStack>
          {person.email ? <Text as="p">{person.email}</Text> : null}
          <Text as="p" tone="subdued">
            {`${person.timeZone ?? t('section.shopZone')} · ${hoursWords(t, person.workingHours)}`}
          </Text>
        </BlockStack>
        {canEdit ? (
          <Button onClick={onEdit} accessibilityLabel={t('section.editName', {name})}>
            {t('section.edit')}
          </Button>
        ) : null}
      </InlineStack>
    </Box>
  );
}
