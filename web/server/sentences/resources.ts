import type {Language} from '../../shared/languages';
import {common as deCommon} from './de/common';
import {signals as deSignals} from './de/signals';
import {common as enCommon} from './en/common';
import {signals as enSignals} from './en/signals';
import {common as frCommon} from './fr/common';
import {signals as frSignals} from './fr/signals';

/**
 * The server's sentences, one namespace per area (`common`, then findings, signals, cases as they
 * are worded), in each admin language. English is the reference the others are typed against.
 */
export const SENTENCES: Record<Language, Record<string, Record<string, unknown>>> = {
  en: {common: enCommon, signals: enSignals},
  fr: {common: frCommon, signals: frSignals},
  de: {common: deCommon, signals: deSignals},
};
