import {useState} from 'react';
import {Badge, BlockStack, Button, Card, InlineStack, Text} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import {asApiError, type ApiError} from '../../api/api-error';
import type {RuleInput, RulePreview} from '../../api/rule-schemas';
import {previewRule} from '../../api/rules';
import {useApiClient} from '../../api/use-api';
import {PRIORITY_LOOK} from '../../cases/case-words';
import {ApiErrorBanner} from '../api-error-banner';
import {useShopFormat} from '../../shop/shop-format';

interface Props {
  /** The form as a rule, or `undefined` when it has mistakes (the form then shows them). */
  current: () => Promise<RuleInput | undefined>;
  /** The server refused the rule: its problems belong on the fields. */
  onRefused: (error: ApiError) => void;
}

/** Before saving: what this rule would have opened over the shop's real journeys of the last 7 days. */
export function RulePreviewCard({current, onRefused}: Props) {
  const {t} = useTranslation('rules');
  const client = useApiClient();
  const [preview, setPreview] = useState<RulePreview | undefined>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();

  const run = async () => {
    const input = await current();
    if (!input) return;
    setLoading(true);
    setError(undefined);
    try {
      setPreview(await previewRule(client, input));
    } catch (caught: unknown) {
      const refusal = asApiError(caught);
      if (refusal.problems.length > 0) onRefused(refusal);
      else setError(refusal);
    } finally {
      setLoading(false);
    }
  };

  return (
    <section aria-label={t('preview.label')}>
      <Card>
        <BlockStack gap="300">
          <Text as="h2" variant="headingMd">
            {t('preview.heading')}
          </Text>
          <Text as="p" tone="subdued">
            {t('preview.intro')}
          </Text>
          <InlineStack>
            <Button onClick={() => void run()} loading={loading}>
              {t('preview.run')}
            </Button>
          </InlineStack>
          {error ? (
            <ApiErrorBanner title={t('preview.failed')} error={error} onRetry={() => void run()} />
          ) : null}
          {preview ? <PreviewResult preview={preview} /> : null}
        </BlockStack>
      </Card>
    </section>
  );
}

function PreviewResult({preview}: {preview: RulePreview}) {
  const {t} = useTranslation('rules');
  const format = useShopFormat();
  return (
    <BlockStack gap="300">
      <div data-rule-preview="">
        <Text as="p" fontWeight="semibold">
          {t('preview.result', {
            count: preview.wouldOpen,
            checkouts: preview.journeysConsidered,
            days: preview.sinceDays,
          })}
        </Text>
      </div>
      <BlockStack as="ul" gap="200">
        {preview.examples.map((example) => (
          <li key={example.journeyId}>
            <BlockStack gap="050">
              <InlineStack gap="200" blockAlign="center">
                <Badge
                  tone={PRIORITY_LOOK[example.priority].tone}
                  toneAndProgressLabelOverride={t('item.priority')}
                >
                  {t(`priority.${example.priority}`)}
                </Badge>
                <Text as="span" tone="subdued" variant="bodySm">
                  {[
                    format.dateTime(example.startedAt),
                    example.cartTotal
                      ? format.money(example.cartTotal.amount, example.cartTotal.currencyCode)
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </InlineStack>
              <Text as="p">{example.sentence}</Text>
            </BlockStack>
          </li>
        ))}
      </BlockStack>
    </BlockStack>
  );
}
