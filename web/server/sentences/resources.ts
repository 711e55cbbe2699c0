import type {Language} from '../../shared/languages';
import {common as deCommon} from './de/common';
import {common as enCommon} from './en/common';
import {common as frCommon} from './fr/common';

/**
 * The server's sentences, one namespace per area (`common`, then findings, signals, cases as they
 * are worded), in each admin language. English is the reference the others are typed against.
 */
export const SENTENCES: Record<Language, Record<string, Record<string, unknown>>> = {
  en: {common: enCommon},
  fr: {common: frCommon},
  de: {common: deCommon},
};
