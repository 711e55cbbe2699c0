export interface ReassuranceProps {
  tone: 'success' | 'info';
  heading: string;
  lines?: readonly (string | null)[];
}

/** The one shape every message takes: a calm banner, never a warning or an error. */
export function Reassurance({tone, heading, lines = []}: ReassuranceProps) {
  return (
    <s-banner tone={tone} heading={heading}>
      {lines.map((line) => (line ? <s-paragraph key={line}>{line}</s-paragraph> : null))}
    </s-banner>
  );
}
