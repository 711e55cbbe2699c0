import type {Language} from '../../shared/languages';
import {cases as deCases} from './de/cases';
import {common as deCommon} from './de/common';
import {errors as deErrors} from './de/errors';
import {cases as enCases} from './en/cases';
import {common as enCommon} from './en/common';
import {errors as enErrors} from './en/errors';
import {cases as frCases} from './fr/cases';
import {common as frCommon} from './fr/common';
import {errors as frErrors} from './fr/errors';

/**
 * The server's sentences, one namespace per area (`common`, then findings, signals, cases as they
 * are worded), in each admin language. English is the reference the others are typed against.
 */
export const SENTENCES: Record<Language, Record<string, Record<string, unknown>>> = {
  en: {common: enCommon, cases: enCases, errors: enErrors},
  fr: {common: frCommon, cases: frCases, errors: frErrors},
  de: {common: deCommon, cases: deCases, errors: deErrors},
};
