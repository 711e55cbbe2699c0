import {BlockStack, Box, Button, Icon, InlineStack, Text} from '@shopify/polaris';
import {AlertCircleIcon, AlertTriangleIcon, InfoIcon} from '@shopify/polaris-icons';
import {useTranslation} from 'react-i18next';
import type {Finding, Severity} from '../../../api/campaign-schemas';
import {fixLink} from '../../../campaigns/admin-links';
import {findingTitle} from '../../../campaigns/finding-titles';

const SEVERITY_ICON = {
  blocker: {source: AlertCircleIcon, tone: 'critical'},
  warning: {source: AlertTriangleIcon, tone: 'warning'},
  info: {source: InfoIcon, tone: 'info'},
} as const satisfies Record<Severity, unknown>;

/** One line of the checklist: what is wrong (with the numbers), about what, and the fix. */
export function FindingItem({finding}: {finding: Finding}) {
  const {t} = useTranslation('campaigns');
  const icon = SEVERITY_ICON[finding.severity];
  const link = fixLink(finding.fixAt, finding.subject, t);
  return (
    <InlineStack gap="300" wrap={false} blockAlign="start">
      <span>
        <Icon source={icon.source} tone={icon.tone} />
      </span>
      <BlockStack gap="100">
        <Text as="h3" variant="headingSm">
          {findingTitle(finding.code, t)}
        </Text>
        {finding.subject ? (
          <Box maxWidth="100%">
            <Text as="p" variant="bodySm" tone="subdued" breakWord>
              <code>{finding.subject}</code>
            </Text>
          </Box>
        ) : null}
        <Text as="p">{finding.explanation}</Text>
        <Text as="p">
          <Text as="span" fontWeight="semibold">
            {t('checklist.howToFix')}
          </Text>{' '}
          {finding.fix}
        </Text>
        {link ? (
          <InlineStack>
            <Button url={link.url} target="_top" variant="plain">
              {link.label}
            </Button>
          </InlineStack>
        ) : null}
      </BlockStack>
    </InlineStack>
  );
}
