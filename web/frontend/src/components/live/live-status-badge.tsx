import {Badge, type BadgeProps} from '@shopify/polaris';
import type {LiveStatus} from '../../live/live-connection';

const LOOK: Record<
  LiveStatus,
  {label: string; tone: BadgeProps['tone']; progress: BadgeProps['progress']}
> = {
  connected: {label: 'Live', tone: 'success', progress: 'complete'},
  connecting: {label: 'Connecting…', tone: undefined, progress: 'incomplete'},
  reconnecting: {label: 'Reconnecting…', tone: 'attention', progress: 'partiallyComplete'},
  unavailable: {label: 'Live updates off', tone: undefined, progress: 'incomplete'},
};

/** Whether new checkouts and signals arrive on their own, or the merchant is looking at a snapshot. */
export function LiveStatusBadge({status}: {status: LiveStatus}) {
  const look = LOOK[status];
  return (
    <span data-live-status={status}>
      <Badge tone={look.tone} progress={look.progress} toneAndProgressLabelOverride="Live updates">
        {look.label}
      </Badge>
    </span>
  );
}
