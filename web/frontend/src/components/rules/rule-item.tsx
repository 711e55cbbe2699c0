import {
  Badge,
  BlockStack,
  Box,
  Button,
  ButtonGroup,
  Checkbox,
  InlineStack,
  Text,
} from '@shopify/polaris';
import {ArrowDownIcon, ArrowUpIcon} from '@shopify/polaris-icons';
import {useTranslation} from 'react-i18next';
import type {RuleView} from '../../api/rule-schemas';
import {PRIORITY_LOOK} from '../../cases/case-words';
import type {RuleChange} from '../../rules/use-rules';

interface Props {
  rule: RuleView;
  first: boolean;
  last: boolean;
  pending: RuleChange | undefined;
  busy: boolean;
  onToggle: () => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}

/** One rule as the sentence it is, with what the merchant can do to it in place. */
export function RuleItem({rule, first, last, pending, busy, onToggle, onMove, onDelete}: Props) {
  const {t} = useTranslation('rules');
  return (
    <Box padding="400">
      <BlockStack gap="200">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <InlineStack gap="200" blockAlign="center">
            <Text as="h3" variant="headingSm">
              {rule.name}
            </Text>
            <Badge
              tone={PRIORITY_LOOK[rule.priority].tone}
              toneAndProgressLabelOverride={t('item.priority')}
            >
              {t(`priority.${rule.priority}`)}
            </Badge>
            {rule.enabled ? null : <Badge>{t('item.off')}</Badge>}
          </InlineStack>
          <Checkbox
            id={`rule-enabled-${rule.id}`}
            label={t('item.on')}
            checked={rule.enabled}
            disabled={busy}
            onChange={onToggle}
          />
        </InlineStack>
        <Text as="p" tone={rule.enabled ? undefined : 'subdued'}>
          {rule.sentence}
        </Text>
        <InlineStack gap="200">
          <ButtonGroup>
            <Button
              icon={ArrowUpIcon}
              disabled={first || busy}
              loading={pending === 'move'}
              onClick={() => onMove(-1)}
              // The spoken name starts with the visible words, so that voice control finds the button.
              accessibilityLabel={t('item.moveUpLabel', {name: rule.name})}
            >
              {t('item.moveUp')}
            </Button>
            <Button
              icon={ArrowDownIcon}
              disabled={last || busy}
              onClick={() => onMove(1)}
              accessibilityLabel={t('item.moveDownLabel', {name: rule.name})}
            >
              {t('item.moveDown')}
            </Button>
          </ButtonGroup>
          <Button url={`/rules/${encodeURIComponent(rule.id)}`}>{t('item.edit')}</Button>
          <Button tone="critical" variant="plain" disabled={busy} onClick={onDelete}>
            {t('item.delete')}
          </Button>
        </InlineStack>
      </BlockStack>
    </Box>
  );
}
