import {Badge} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {CheckoutStep} from '../../api/journey-schemas';
import {STEP_LOOK} from '../../live/steps';

/** Where the shopper is now: "Payment", or "Completed" once the order is placed. */
export function StepBadge({step}: {step: CheckoutStep | null}) {
  const {t} = useTranslation('live');
  if (step === null)
    return (
      <Badge progress="incomplete" toneAndProgressLabelOverride={t('stepBadge')}>
        {t('stepUnknown')}
      </Badge>
    );
  const look = STEP_LOOK[step];
  return (
    <Badge tone={look.tone} progress={look.progress} toneAndProgressLabelOverride={t('stepBadge')}>
      {t(`step.${step}`)}
    </Badge>
  );
}
