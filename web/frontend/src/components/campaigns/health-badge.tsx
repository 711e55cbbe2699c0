import {Badge} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {Health} from '../../api/campaign-schemas';
import {HEALTH_LOOK} from '../../campaigns/health';

/** The campaign's verdict in one badge; `verdict` uses the long wording of a report's headline. */
export function HealthBadge({health, verdict = false}: {health: Health; verdict?: boolean}) {
  const {t} = useTranslation('campaigns');
  const look = HEALTH_LOOK[health];
  return (
    <Badge
      tone={look.tone}
      progress={look.progress}
      size={verdict ? 'large' : 'medium'}
      toneAndProgressLabelOverride={t('health.label')}
    >
      {t(`health.${health}.${verdict ? 'verdict' : 'label'}`)}
    </Badge>
  );
}
