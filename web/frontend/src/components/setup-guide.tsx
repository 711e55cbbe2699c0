import {Badge, BlockStack, Box, Button, Card, Icon, InlineStack, Text} from '@shopify/polaris';
import {CheckCircleIcon} from '@shopify/polaris-icons';
import {useTranslation} from 'react-i18next';
import {parseSetup, SETUP_PATH} from '../api/setup';
import {useApiQuery} from '../api/use-api';
import {setupSteps} from './setup-steps';

/**
 * The steps a merchant takes so that Heed can keep their emails' promises, each marked done from
 * what the server knows; the first step not done is the call to action. Once every step is done,
 * the guide has nothing left to say and is not shown.
 */
export function SetupGuide({apiKey}: {apiKey: string}) {
  const {t} = useTranslation('dashboard');
  const {query} = useApiQuery(SETUP_PATH, parseSetup);
  if (query.status !== 'success') return null;
  const steps = setupSteps(query.data, apiKey, t);
  const left = steps.filter((step) => !step.done).length;
  if (left === 0) return null;
  const next = steps.find((step) => !step.done);
  return (
    <Card>
      <BlockStack gap="400">
        <BlockStack gap="100">
          <Text as="h2" variant="headingMd">
            {t('setup.title')}
          </Text>
          <Text as="p" tone="subdued">
            {/* The count is of steps done: French agrees the noun with it (1 étape, 2 étapes). */}
            {t('setup.progress', {count: steps.length - left, total: steps.length})}
          </Text>
        </BlockStack>
        <BlockStack as="ol" gap="300">
          {steps.map((step, index) => (
            <Box
              as="li"
              key={step.title}
              padding="300"
              borderRadius="200"
              background="bg-surface-secondary"
            >
              <InlineStack gap="300" wrap={false} blockAlign="start">
                <Box>
                  <Icon
                    source={step.done ? CheckCircleIcon : step.icon}
                    tone={step.done ? 'success' : 'base'}
                  />
                </Box>
                <BlockStack gap="200">
                  <InlineStack gap="200" blockAlign="center">
                    <Text as="h3" variant="headingSm">
                      {t('setup.stepTitle', {number: index + 1, title: step.title})}
                    </Text>
                    {step.done ? <Badge tone="success">{t('setup.done')}</Badge> : null}
                  </InlineStack>
                  {step.done ? null : (
                    <>
                      <Text as="p" tone="subdued">
                        {step.description}
                      </Text>
                      <InlineStack gap="200">
                        <Button
                          url={step.action.url}
                          target={step.action.url.startsWith('shopify:') ? '_top' : undefined}
                          variant={step === next ? 'primary' : undefined}
                        >
                          {step.action.content}
                        </Button>
                        {step.secondary ? (
                          <Button url={step.secondary.url} target="_top" variant="plain">
                            {step.secondary.content}
                          </Button>
                        ) : null}
                      </InlineStack>
                    </>
                  )}
                </BlockStack>
              </InlineStack>
            </Box>
          ))}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
