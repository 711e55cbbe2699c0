import type {Language} from '../../shared/languages';
import {common as deCommon} from './de/common';
import {findings as deFindings} from './de/findings';
import {common as enCommon} from './en/common';
import {findings as enFindings} from './en/findings';
import {common as frCommon} from './fr/common';
import {findings as frFindings} from './fr/findings';

/**
 * The server's sentences, one namespace per area (`common`, then findings, signals, cases as they
 * are worded), in each admin language. English is the reference the others are typed against.
 */
export const SENTENCES: Record<Language, Record<string, Record<string, unknown>>> = {
  en: {common: enCommon, findings: enFindings},
  fr: {common: frCommon, findings: frFindings},
  de: {common: deCommon, findings: deFindings},
};
