import type {FunctionComponent, SVGProps} from 'react';
import {CartDiscountIcon, EmailIcon, FilterIcon, TeamIcon, ViewIcon} from '@shopify/polaris-icons';
import type {SetupState} from '../api/setup';
import {CHECKOUT_EDITOR_LINK, themeEditorLink} from '../campaigns/admin-links';

export interface SetupStep {
  title: string;
  description: string;
  done: boolean;
  icon: FunctionComponent<SVGProps<SVGSVGElement>>;
  action: {content: string; url: string};
  secondary?: {content: string; url: string};
}

/** The steps a merchant takes so Heed can keep their emails' promises, each with whether it is done. */
export function setupSteps(state: SetupState, apiKey: string): SetupStep[] {
  return [
    {
      title: 'Register your next email campaign',
      description: state.campaignExists
        ? 'Your campaign has blockers: open it, fix what the report lists, and verify again.'
        : 'Tell Heed the code, the discount and the dates. Before the email goes out, Heed checks that the code exists, stays active for the whole campaign, gives the promised amount on the right products and customers, and that every link carries it.',
      done: state.campaignVerified,
      icon: EmailIcon,
      action: {content: 'Go to campaigns', url: '/campaigns'},
    },
    {
      title: 'Show shoppers that their offer is applied',
      description:
        'Turn on the Heed cart bar in your theme: the theme editor opens with it selected. Shoppers who came from the email see “Your email offer is applied” in the cart, and Heed re-applies the code if it falls off. This step is done once Heed hears from the cart bar on your store.',
      done: state.cartBarSeenAt !== null,
      icon: CartDiscountIcon,
      action: {content: 'Open theme editor', url: themeEditorLink(apiKey)},
      secondary: {content: 'On Shopify Plus: add the block in checkout', url: CHECKOUT_EDITOR_LINK},
    },
    {
      title: 'Let Heed follow your checkouts',
      description:
        'Heed’s pixel notices when a shopper struggles in checkout: a missing discount, a rejected code, a stalled step. Turn it on from the store status card.',
      done: state.pixelActive,
      icon: ViewIcon,
      action: {content: 'See live checkouts', url: '/live'},
    },
    {
      title: 'Decide which signals deserve a person',
      description:
        'A missing discount, a rejected code, a stalled step, an error, a shopper who leaves: choose which of these open a follow-up case, and how urgent each one is.',
      done: state.ruleExists,
      icon: FilterIcon,
      action: {content: 'Set up rules', url: '/rules'},
    },
    {
      title: 'Choose who follows up',
      description:
        'Add the staff members who handle cases, how they hear about them (email or Slack), and how quickly a shopper should get a personal answer.',
      done: state.staffAdded,
      icon: TeamIcon,
      action: {content: 'Open settings', url: '/settings'},
    },
  ];
}
