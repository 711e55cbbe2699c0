import {Badge} from '@shopify/polaris';
import type {CheckoutStep} from '../../api/journey-schemas';
import {STEP_LOOK, UNKNOWN_STEP_LABEL} from '../../live/steps';

/** Where the shopper is now: "Payment", or "Completed" once the order is placed. */
export function StepBadge({step}: {step: CheckoutStep | null}) {
  if (step === null)
    return (
      <Badge progress="incomplete" toneAndProgressLabelOverride="Step reached">
        {UNKNOWN_STEP_LABEL}
      </Badge>
    );
  const look = STEP_LOOK[step];
  return (
    <Badge tone={look.tone} progress={look.progress} toneAndProgressLabelOverride="Step reached">
      {look.label}
    </Badge>
  );
}
