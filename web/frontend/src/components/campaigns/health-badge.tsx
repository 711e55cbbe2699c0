import {Badge} from '@shopify/polaris';
import type {Health} from '../../api/campaign-schemas';
import {HEALTH_LOOK} from '../../campaigns/health';

/** The campaign's verdict in one badge; `verdict` uses the long wording of a report's headline. */
export function HealthBadge({health, verdict = false}: {health: Health; verdict?: boolean}) {
  const look = HEALTH_LOOK[health];
  return (
    <Badge
      tone={look.tone}
      progress={look.progress}
      size={verdict ? 'large' : 'medium'}
      toneAndProgressLabelOverride="Verification"
    >
      {verdict ? look.verdict : look.label}
    </Badge>
  );
}
