import {createInstance, type i18n as I18n} from 'i18next';
import {formatterFor, type Formatter} from '../../shared/format';
import {ENGLISH_READER, type Language, type Reader} from '../../shared/languages';
import {SENTENCES} from './resources';

/**
 * What the server writes for a person to read — a finding, a signal's story, a case's history — is
 * stored as a `Wording`: a key of the sentence resources and the facts it quotes. It becomes words
 * only when read, in the reader's language and formats and on the shop's clock, so the same case
 * reads in French to a French admin and in English in the staff email.
 */
export interface Wording {
  /** `namespace:key.path` of `sentences/en/*`, e.g. `signals:codeRejected.sentence`. */
  key: string;
  values?: Record<string, WordValue>;
}

/**
 * A fact a sentence quotes. Plain strings are quoted as they are (a discount code, a message the
 * shopper read); numbers are counted in the reader's digits (and choose the plural when named
 * `count`); money, moments and lists are formatted for the reader; a nested wording is a clause.
 * A moment's `clock` style is the 24-hour "10:42" of a timeline, `weekday` its day's name
 * ("Wednesday"), `month` its month and year ("March 2019").
 */
export type WordValue =
  | string
  | number
  | {money: number; currency: string}
  | {at: number; style?: 'dateTime' | 'date' | 'time' | 'clock' | 'weekday' | 'month'}
  | {titles: string[]}
  | {say: Wording};

const instances = new Map<Language, I18n>();

function instanceFor(language: Language): I18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = createInstance();
    void instance.init({
      lng: language,
      fallbackLng: 'en',
      resources: SENTENCES,
      ns: Object.keys(SENTENCES.en),
      defaultNS: 'common',
      keySeparator: '.',
      nsSeparator: ':',
      // Sentences go to JSON answers, emails and Slack, each escaping for itself.
      interpolation: {escapeValue: false},
      returnNull: false,
      initAsync: false,
    });
    instances.set(language, instance);
  }
  return instance;
}

/** Turns wordings into sentences for one reader on one shop's clock. */
export interface Sayer {
  readonly reader: Reader;
  readonly format: Formatter;
  say(wording: Wording): string;
}

const TITLES_SHOWN = 3;

export function sayerFor(reader: Reader, timeZone: string | null | undefined): Sayer {
  const format = formatterFor({locale: reader.locale, timeZone});
  // The admin's resources declare i18next's key types for the whole project; these keys are the
  // server's own, checked instead by the sentence tests against `sentences/en`.
  const t = instanceFor(reader.language).t as unknown as (
    key: string,
    values?: Record<string, unknown>,
  ) => string;

  const valueOf = (value: WordValue): string | number => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return value;
    if ('money' in value) return format.money(value.money, value.currency);
    if ('at' in value) {
      const style = value.style ?? 'dateTime';
      if (style === 'clock') return format.clock(value.at);
      if (style === 'weekday') return format.weekdayName(value.at);
      if (style === 'month') return format.monthYear(value.at);
      return style === 'date'
        ? format.date(value.at)
        : style === 'time'
          ? format.time(value.at)
          : format.dateTime(value.at);
    }
    if ('titles' in value) return titles(value.titles);
    return say(value.say);
  };

  const titles = (list: string[]): string => {
    const quoted = list
      .slice(0, TITLES_SHOWN)
      .map((title) => t('common:quoted', {title}))
      .join(', ');
    const more = list.length - TITLES_SHOWN;
    return more > 0 ? t('common:titlesAndMore', {titles: quoted, count: more}) : quoted;
  };

  const say = (wording: Wording): string => {
    const values: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(wording.values ?? {})) {
      const shown = valueOf(value);
      values[name] = name !== 'count' && typeof shown === 'number' ? format.number(shown) : shown;
    }
    return t(wording.key, values);
  };

  return {reader, format, say};
}

/** English on the shop's clock: for staff emails, Slack and logs, which have no admin reader. */
export function englishSayer(timeZone: string | null | undefined): Sayer {
  return sayerFor(ENGLISH_READER, timeZone);
}

/**
 * A stored sentence for its reader: worded afresh when its wording was stored, else the English
 * written before sentences carried one (rows from earlier versions are never rewritten).
 */
export function sayStored(
  sayer: Sayer,
  english: string,
  wording: Wording | null | undefined,
): string {
  return wording ? sayer.say(wording) : english;
}
