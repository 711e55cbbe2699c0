import {Badge, type BadgeProps} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {LiveStatus} from '../../live/live-connection';

/** Each status's words are `status.<status>` in the `live` namespace. */
const LOOK: Record<LiveStatus, {tone: BadgeProps['tone']; progress: BadgeProps['progress']}> = {
  connected: {tone: 'success', progress: 'complete'},
  connecting: {tone: undefined, progress: 'incomplete'},
  reconnecting: {tone: 'attention', progress: 'partiallyComplete'},
  unavailable: {tone: undefined, progress: 'incomplete'},
};

/** Whether new checkouts and signals arrive on their own, or the merchant is looking at a snapshot. */
export function LiveStatusBadge({status}: {status: LiveStatus}) {
  const {t} = useTranslation('live');
  const look = LOOK[status];
  return (
    <span data-live-status={status}>
      <Badge
        tone={look.tone}
        progress={look.progress}
        toneAndProgressLabelOverride={t('status.label')}
      >
        {t(`status.${status}`)}
      </Badge>
    </span>
  );
}
