import type {FunctionComponent, SVGProps} from 'react';
import type {TFunction} from 'i18next';
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
export function setupSteps(
  state: SetupState,
  apiKey: string,
  t: TFunction<'dashboard'>,
): SetupStep[] {
  return [
    {
      title: t('setup.campaign.title'),
      description: state.campaignExists
        ? t('setup.campaign.blocked')
        : t('setup.campaign.description'),
      done: state.campaignVerified,
      icon: EmailIcon,
      action: {content: t('setup.campaign.action'), url: '/campaigns'},
    },
    {
      title: t('setup.cartBar.title'),
      description: t('setup.cartBar.description'),
      done: state.cartBarSeenAt !== null,
      icon: CartDiscountIcon,
      action: {content: t('setup.cartBar.action'), url: themeEditorLink(apiKey)},
      secondary: {content: t('setup.cartBar.checkout'), url: CHECKOUT_EDITOR_LINK},
    },
    {
      title: t('setup.pixel.title'),
      description: t('setup.pixel.description'),
      done: state.pixelActive,
      icon: ViewIcon,
      action: {content: t('setup.pixel.action'), url: '/live'},
    },
    {
      title: t('setup.rules.title'),
      description: t('setup.rules.description'),
      done: state.ruleExists,
      icon: FilterIcon,
      action: {content: t('setup.rules.action'), url: '/rules'},
    },
    {
      title: t('setup.staff.title'),
      description: t('setup.staff.description'),
      done: state.staffAdded,
      icon: TeamIcon,
      action: {content: t('setup.staff.action'), url: '/settings'},
    },
  ];
}
