import {BlockStack, Box, Card, InlineStack, Text} from '@shopify/polaris';
import type {JourneySnapshot} from '../../api/case-schemas';
import {CHECKOUT_STEPS} from '../../api/journey-schemas';
import {formatDuration} from '../../live/format-time';
import {signalLabel} from '../../live/signal-types';
import {STEP_LOOK} from '../../live/steps';
import {useShopFormat} from '../../shop/shop-format';

/** What each checkout of the case showed the shopper: the signals, the exact alerts, the steps. */
export function MetCard({journeys, now}: {journeys: readonly JourneySnapshot[]; now: number}) {
  const format = useShopFormat();
  return (
    <section aria-label="What the shopper met">
      <Card>
        <BlockStack gap="400">
          <Text as="h2" variant="headingMd">
            What the shopper met
          </Text>
          {journeys.map((journey) => (
            <BlockStack key={journey.journeyId} gap="300">
              {journeys.length > 1 ? (
                <Text as="h3" variant="headingSm">
                  {`Checkout started ${format.moment(journey.startedAt, now)}`}
                </Text>
              ) : null}
              <BlockStack as="ul" gap="300">
                {journey.signals.map((signal) => (
                  <li key={signal.id}>
                    <BlockStack gap="100">
                      <Text as="p" fontWeight="semibold">
                        {`${signalLabel(signal.type)} · ${format.moment(signal.occurredAt, now)}`}
                      </Text>
                      <Text as="p">{signal.sentence}</Text>
                      {signal.alertText ? (
                        <Box
                          paddingInlineStart="300"
                          borderInlineStartWidth="025"
                          borderColor="border"
                        >
                          <Text as="p" tone="subdued">
                            Checkout showed: <q>{signal.alertText}</q>
                          </Text>
                        </Box>
                      ) : null}
                    </BlockStack>
                  </li>
                ))}
              </BlockStack>
              {journey.codesTried.length > 0 ? (
                <Text as="p">
                  {`Codes typed: ${journey.codesTried
                    .map(
                      (tried) => `${tried.code ?? 'a code'} (“${tried.message}”, ${tried.times}×)`,
                    )
                    .join(', ')}`}
                </Text>
              ) : null}
              <Steps steps={journey.steps} />
            </BlockStack>
          ))}
        </BlockStack>
      </Card>
    </section>
  );
}

function Steps({steps}: {steps: JourneySnapshot['steps']}) {
  if (steps.length === 0) return null;
  return (
    <BlockStack gap="100">
      <Text as="h3" variant="headingSm">
        Steps reached
      </Text>
      <BlockStack as="ol" gap="100">
        {steps.map((step) => (
          <li key={`${step.step}-${step.firstAt}`}>
            <InlineStack align="space-between" gap="200">
              <Text as="span">{stepName(step.step)}</Text>
              <Text as="span" numeric tone="subdued">
                {formatDuration(step.durationMs)}
              </Text>
            </InlineStack>
          </li>
        ))}
      </BlockStack>
    </BlockStack>
  );
}

/** A step this admin does not know yet still shows, by the server's name for it. */
function stepName(step: string): string {
  const known = CHECKOUT_STEPS.find((name) => name === step);
  return known ? STEP_LOOK[known].label : step;
}
