import {BlockStack, Box, Card, InlineStack, Text} from '@shopify/polaris';
import type {TFunction} from 'i18next';
import {Trans, useTranslation} from 'react-i18next';
import type {JourneySnapshot} from '../../api/case-schemas';
import {CHECKOUT_STEPS} from '../../api/journey-schemas';
import {durationUnits, formatDuration} from '../../live/format-time';
import {signalWords} from '../../live/signal-types';
import {useShopFormat} from '../../shop/shop-format';

/** What each checkout of the case showed the shopper: the signals, the exact alerts, the steps. */
export function MetCard({journeys, now}: {journeys: readonly JourneySnapshot[]; now: number}) {
  const format = useShopFormat();
  const {t} = useTranslation('cases');
  const {t: tLive} = useTranslation('live');
  return (
    <section aria-label={t('met.heading')}>
      <Card>
        <BlockStack gap="400">
          <Text as="h2" variant="headingMd">
            {t('met.heading')}
          </Text>
          {journeys.map((journey) => (
            <BlockStack key={journey.journeyId} gap="300">
              {journeys.length > 1 ? (
                <Text as="h3" variant="headingSm">
                  {t('met.checkoutStarted', {when: format.moment(journey.startedAt, now)})}
                </Text>
              ) : null}
              <BlockStack as="ul" gap="300">
                {journey.signals.map((signal) => (
                  <li key={signal.id}>
                    <BlockStack gap="100">
                      <Text as="p" fontWeight="semibold">
                        {t('met.signalAt', {
                          signal: signalWords(signal.type, tLive),
                          when: format.moment(signal.occurredAt, now),
                        })}
                      </Text>
                      <Text as="p">{signal.sentence}</Text>
                      {signal.alertText ? (
                        <Box
                          paddingInlineStart="300"
                          borderInlineStartWidth="025"
                          borderColor="border"
                        >
                          <Text as="p" tone="subdued">
                            <Trans
                              t={t}
                              i18nKey="met.checkoutShowed"
                              components={{alert: <q>{signal.alertText}</q>}}
                            />
                          </Text>
                        </Box>
                      ) : null}
                    </BlockStack>
                  </li>
                ))}
              </BlockStack>
              {journey.codesTried.length > 0 ? (
                <Text as="p">
                  {t('met.codesTyped', {
                    codes: journey.codesTried
                      .map((tried) =>
                        t('met.codeTried', {
                          code: tried.code ?? t('met.aCode'),
                          message: tried.message,
                          times: tried.times,
                        }),
                      )
                      .join(', '),
                  })}
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
  const {t} = useTranslation('cases');
  const {t: tLive} = useTranslation('live');
  if (steps.length === 0) return null;
  return (
    <BlockStack gap="100">
      <Text as="h3" variant="headingSm">
        {t('met.steps')}
      </Text>
      <BlockStack as="ol" gap="100">
        {steps.map((step) => (
          <li key={`${step.step}-${step.firstAt}`}>
            <InlineStack align="space-between" gap="200">
              <Text as="span">{stepName(step.step, tLive)}</Text>
              <Text as="span" numeric tone="subdued">
                {formatDuration(step.durationMs, durationUnits(tLive))}
              </Text>
            </InlineStack>
          </li>
        ))}
      </BlockStack>
    </BlockStack>
  );
}

/** A step this admin does not know yet still shows, by the server's name for it. */
function stepName(step: string, t: TFunction<'live'>): string {
  const known = CHECKOUT_STEPS.find((name) => name === step);
  return known ? t(`step.${known}`) : step;
}
