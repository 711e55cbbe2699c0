import type {Language} from '../../shared/languages';
import {common as deCommon} from './de/common';
import {findings as deFindings} from './de/findings';
import {signals as deSignals} from './de/signals';
import {common as enCommon} from './en/common';
import {findings as enFindings} from './en/findings';
import {signals as enSignals} from './en/signals';
import {common as frCommon} from './fr/common';
import {findings as frFindings} from './fr/findings';
import {signals as frSignals} from './fr/signals';

/**
 * The server's sentences, one namespace per area (`common`, then findings, signals, cases as they
 * are worded), in each admin language. English is the reference the others are typed against.
 */
export const SENTENCES: Record<Language, Record<string, Record<string, unknown>>> = {
  en: {common: enCommon, findings: enFindings, signals: enSignals},
  fr: {common: frCommon, findings: frFindings, signals: frSignals},
  de: {common: deCommon, findings: deFindings, signals: deSignals},
};
