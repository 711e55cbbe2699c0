import {Badge} from '@shopify/polaris';
import {useTranslation} from 'react-i18next';
import type {JourneySignal} from '../../api/journey-schemas';
import {scoreLook} from '../../live/score';

/**
 * The hesitation score with the word that says how much it matters: never milder than the worst
 * open signal's severity badge, and in the same colour as that badge for the same word.
 */
export function ScoreBadge({score, signals}: {score: number; signals: readonly JourneySignal[]}) {
  const {t} = useTranslation('live');
  const look = scoreLook(score, signals);
  const level = t(`severity.${look.level}`);
  return (
    <Badge tone={look.tone} toneAndProgressLabelOverride={t('score.label', {score, level})}>
      {t('score.badge', {level, score})}
    </Badge>
  );
}
