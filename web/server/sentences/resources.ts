import type {Language} from '../../shared/languages';
import {cases as deCases} from './de/cases';
import {common as deCommon} from './de/common';
import {errors as deErrors} from './de/errors';
import {findings as deFindings} from './de/findings';
import {signals as deSignals} from './de/signals';
import {cases as enCases} from './en/cases';
import {common as enCommon} from './en/common';
import {errors as enErrors} from './en/errors';
import {findings as enFindings} from './en/findings';
import {signals as enSignals} from './en/signals';
import {cases as frCases} from './fr/cases';
import {common as frCommon} from './fr/common';
import {errors as frErrors} from './fr/errors';
import {findings as frFindings} from './fr/findings';
import {signals as frSignals} from './fr/signals';

/**
 * The server's sentences, one namespace per area, in each admin language. English is the
 * reference the others are typed against.
 */
export const SENTENCES: Record<Language, Record<string, Record<string, unknown>>> = {
  en: {
    common: enCommon,
    findings: enFindings,
    signals: enSignals,
    cases: enCases,
    errors: enErrors,
  },
  fr: {
    common: frCommon,
    findings: frFindings,
    signals: frSignals,
    cases: frCases,
    errors: frErrors,
  },
  de: {
    common: deCommon,
    findings: deFindings,
    signals: deSignals,
    cases: deCases,
    errors: deErrors,
  },
};
