import type {ComponentChildren} from 'preact';

export interface ReassuranceProps {
  tone: 'success' | 'info';
  heading: string;
  lines?: readonly (string | null)[];
  /** What the shopper may do about it (ask for a person), after the lines. */
  children?: ComponentChildren;
}

/** The one shape every message takes: a calm banner, never a warning or an error. */
export function Reassurance({tone, heading, lines = [], children}: ReassuranceProps) {
  return (
    <s-banner tone={tone} heading={heading}>
      {lines.map((line) => (line ? <s-paragraph key={line}>{line}</s-paragraph> : null))}
      {children}
    </s-banner>
  );
}
