import {sayStored, type Sayer} from '../sentences/wording';
import type {CampaignAlert} from '../storage/campaigns-repository';
import type {Finding, FindingWording} from './findings';

/** What the admin reads of a finding or an alert: its sentences for this reader, not its wordings. */
type Said<Row> = Omit<Row, 'wording'>;

function sayBoth<Row extends {explanation: string; fix: string}>(
  sayer: Sayer,
  row: Row,
  wording: FindingWording | null | undefined,
) {
  return {
    ...row,
    explanation: sayStored(sayer, row.explanation, wording?.explanation),
    fix: sayStored(sayer, row.fix, wording?.fix),
  };
}

export function sayFinding(sayer: Sayer, finding: Finding): Said<Finding> {
  const {wording, ...row} = finding;
  return sayBoth(sayer, row, wording);
}

/** A report with each finding worded for the reader; one stored before wordings keeps its English. */
export function sayReport<Report extends {findings: Finding[]}>(
  sayer: Sayer,
  report: Report,
): Omit<Report, 'findings'> & {findings: Array<Said<Finding>>} {
  return {...report, findings: report.findings.map((finding) => sayFinding(sayer, finding))};
}

export function sayAlert(sayer: Sayer, alert: CampaignAlert): Said<CampaignAlert> {
  const {wording, ...row} = alert;
  return sayBoth(sayer, row, wording);
}
