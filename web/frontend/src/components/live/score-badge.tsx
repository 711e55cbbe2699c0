import {Badge} from '@shopify/polaris';
import {scoreLook} from '../../live/score';

/** The hesitation score with the word that says how much it matters. */
export function ScoreBadge({score}: {score: number}) {
  const look = scoreLook(score);
  return (
    <Badge tone={look.tone} toneAndProgressLabelOverride={`Hesitation score ${score} of 100`}>
      {`${look.label} · ${score}`}
    </Badge>
  );
}
