import {useState} from 'react';
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

/** Editing: a person, or `new`; closed: `undefined`. */
type Editing = Staff | 'new' | undefined;

/** Who follows up: each person's role, zone, hours and whether they are on shift now. */
export function TeamSection() {
  const {query, reload} = useApiQuery(STAFF_PATH, parseStaffList);
  const [editing, setEditing] = useState<Editing>();
  const staff = query.status === 'success' ? query.data : [];
  const me = staff.find((person) => person.isMe);
  const lead = me?.role === 'lead';
  return (
    <Layout.AnnotatedSection
      title="Follow-up team"
      description="The staff members who claim cases and contact shoppers. Round robin gives a case to someone on shift who is taking cases."
    >
      {query.status === 'loading' ? <FormSkeleton label="Loading your team" /> : null}
      {query.status === 'error' ? (
        <ApiErrorBanner title="Heed couldn’t load your team" error={query.error} onRetry={reload} />
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
              <Button onClick={() => setEditing('new')}>Add a person</Button>
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
  const shift = shiftWords(person);
  const name = person.name ?? 'Name not known yet';
  return (
    <Box padding="400">
      <InlineStack align="space-between" blockAlign="start" gap="200">
        <BlockStack gap="100">
          <InlineStack gap="200" blockAlign="center">
            <Text as="h3" variant="headingSm">
              {name}
            </Text>
            {person.isMe ? <Badge tone="info">You</Badge> : null}
            <Badge>{person.role === 'lead' ? 'Lead' : 'Agent'}</Badge>
            <Badge tone={shift.tone} toneAndProgressLabelOverride="Shift">
              {shift.label}
            </Badge>
          </InlineStack>
          {person.email ? <Text as="p">{person.email}</Text> : null}
          <Text as="p" tone="subdued">
            {`${person.timeZone ?? 'The shop’s time zone'} · ${hoursWords(person.workingHours)}`}
          </Text>
        </BlockStack>
        {canEdit ? (
          <Button onClick={onEdit} accessibilityLabel={`Edit ${name}`}>
            Edit
          </Button>
        ) : null}
      </InlineStack>
    </Box>
  );
}
