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
  return (
    <Box padding="400">
      <BlockStack gap="200">
        <InlineStack align="space-between" blockAlign="center" gap="200">
          <InlineStack gap="200" blockAlign="center">
            <Text as="h3" variant="headingSm">
              {rule.name}
            </Text>
            <Badge tone={PRIORITY_LOOK[rule.priority].tone} toneAndProgressLabelOverride="Priority">
              {PRIORITY_LOOK[rule.priority].label}
            </Badge>
            {rule.enabled ? null : <Badge>Off</Badge>}
          </InlineStack>
          <Checkbox
            id={`rule-enabled-${rule.id}`}
            label="On"
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
              accessibilityLabel={`Move up: ${rule.name}`}
            >
              Move up
            </Button>
            <Button
              icon={ArrowDownIcon}
              disabled={last || busy}
              onClick={() => onMove(1)}
              accessibilityLabel={`Move down: ${rule.name}`}
            >
              Move down
            </Button>
          </ButtonGroup>
          <Button url={`/rules/${encodeURIComponent(rule.id)}`}>Edit</Button>
          <Button tone="critical" variant="plain" disabled={busy} onClick={onDelete}>
            Delete
          </Button>
        </InlineStack>
      </BlockStack>
    </Box>
  );
}
