import {useTranslation} from 'react-i18next';
import {BlockStack, Button, Card, Divider, InlineStack, Text} from '@shopify/polaris';
import type {CaseView} from '../../api/case-schemas';
import type {CaseAction} from '../../api/cases';
import type {RunAction} from '../../cases/use-case';
import {HandoverForm} from './handover-form';
import {NoteForm} from './note-form';
import {ResolveForm} from './resolve-form';
import {SnoozeForm} from './snooze-form';

export interface ActionProps {
  view: CaseView;
  run: RunAction;
  pending: CaseAction | undefined;
  now: number;
}

/** Whose case it is and where it stands: claim, hand over, snooze, resolve, reopen, note. */
export function CaseActionsCard({
  view,
  run,
  pending,
  now,
  me,
}: ActionProps & {me: string | undefined}) {
  const {t} = useTranslation('cases');
  const item = view.case;
  const resolved = item.status === 'resolved';
  const mine = me !== undefined && item.assignee?.userId === me;
  const busy = pending !== undefined;
  return (
    <section aria-label={t('actions.label')}>
      <Card>
        <BlockStack gap="400">
          <InlineStack align="space-between" blockAlign="center" gap="200">
            <Text as="h2" variant="headingMd">
              {t('actions.heading')}
            </Text>
            {resolved ? (
              <Button
                onClick={() => void run('reopen', {}, t('toast.reopened'))}
                loading={pending === 'reopen'}
                disabled={busy}
              >
                {t('actions.reopen')}
              </Button>
            ) : null}
            {!resolved && !mine ? (
              <Button
                variant="primary"
                onClick={() => void run('claim', {}, t('toast.claimed'))}
                loading={pending === 'claim'}
                disabled={busy}
              >
                {t('actions.claim')}
              </Button>
            ) : null}
          </InlineStack>
          {mine && !resolved ? (
            <Text as="p" tone="subdued">
              {t('actions.yours')}
            </Text>
          ) : null}
          {resolved ? null : (
            <>
              <HandoverForm view={view} run={run} pending={pending} now={now} />
              <Divider />
              <SnoozeForm view={view} run={run} pending={pending} now={now} />
              <Divider />
              <ResolveForm view={view} run={run} pending={pending} now={now} />
            </>
          )}
          <Divider />
          <NoteForm view={view} run={run} pending={pending} now={now} />
        </BlockStack>
      </Card>
    </section>
  );
}
