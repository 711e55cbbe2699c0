import type {FunctionComponent, SVGProps} from 'react';
import {BlockStack, Box, Button, Card, Icon, InlineStack, Text} from '@shopify/polaris';
import {CartDiscountIcon, EmailIcon, FilterIcon, TeamIcon} from '@shopify/polaris-icons';

interface SetupStep {
  title: string;
  description: string;
  icon: FunctionComponent<SVGProps<SVGSVGElement>>;
  action: {content: string; url: string; external?: boolean};
}

/** The theme editor's app embeds panel, where the cart reassurance bar is switched on. */
function themeEditorUrl(shopDomain: string): string {
  return `https://${shopDomain}/admin/themes/current/editor?context=apps`;
}

function setupSteps(shopDomain: string): SetupStep[] {
  return [
    {
      title: 'Register your next email campaign',
      description:
        'Tell Heed the code, the discount and the dates. Before the email goes out, Heed checks that the code exists, stays active for the whole campaign, gives the promised amount on the right products and customers, and that every link carries it.',
      icon: EmailIcon,
      action: {content: 'Go to campaigns', url: '/campaigns'},
    },
    {
      title: 'Show shoppers that their offer is applied',
      description:
        'Turn on the Heed cart bar in your theme. Shoppers who came from the email see “Your email offer is applied” in the cart, and Heed re-applies the code if it falls off.',
      icon: CartDiscountIcon,
      action: {content: 'Open theme editor', url: themeEditorUrl(shopDomain), external: true},
    },
    {
      title: 'Decide which signals deserve a person',
      description:
        'A missing discount, a rejected code, a stalled step, an error, a shopper who leaves: choose which of these open a follow-up case, and how urgent each one is.',
      icon: FilterIcon,
      action: {content: 'Set up rules', url: '/rules'},
    },
    {
      title: 'Choose who follows up',
      description:
        'Pick the staff members who handle cases, how they hear about them (email or Slack), and how quickly a shopper should get a personal answer.',
      icon: TeamIcon,
      action: {content: 'Open settings', url: '/settings'},
    },
  ];
}

/** The four things a merchant sets up so that Heed can keep their emails' promises; the first is the call to action. */
export function SetupGuide({shopDomain}: {shopDomain: string}) {
  const steps = setupSteps(shopDomain);
  return (
    <Card>
      <BlockStack gap="400">
        <BlockStack gap="100">
          <Text as="h2" variant="headingMd">
            Setup guide
          </Text>
          <Text as="p" tone="subdued">
            Four steps so that every promise your emails make is kept at checkout.
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
                  <Icon source={step.icon} tone="base" />
                </Box>
                <BlockStack gap="200">
                  <Text as="h3" variant="headingSm">
                    {`${index + 1}. ${step.title}`}
                  </Text>
                  <Text as="p" tone="subdued">
                    {step.description}
                  </Text>
                  <InlineStack>
                    <Button
                      url={step.action.url}
                      external={step.action.external}
                      variant={index === 0 ? 'primary' : undefined}
                    >
                      {step.action.content}
                    </Button>
                  </InlineStack>
                </BlockStack>
              </InlineStack>
            </Box>
          ))}
        </BlockStack>
      </BlockStack>
    </Card>
  );
}
