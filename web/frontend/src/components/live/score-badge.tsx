import {Badge} from '@shopify/polaris';
import type {JourneySignal} from '../../api/journey-schemas';
import {scoreLook} from '../../live/score';

/**
 * The hesitation score with the word that says how much it matters: never milder than the worst
 * open signal's severity badge, and in the same colour as that badge for the same word.
 */
export function ScoreBadge({score, signals}: {score: number; signals: readonly JourneySignal[]}) {
  const look = scoreLook(score, signals);
  return (
    <Badge
      tone={look.tone}
      toneAndProgressLabelOverride={`Hesitation score ${score} of 100, ${look.label}`}
    >
      {`${look.label} · ${score}`}
    </Badge>
  );
}
