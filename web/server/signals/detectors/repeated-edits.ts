import {stepAt} from '../journey-views';
import {eventIds} from '../signal';
import type {DetectedSignal, Detector} from '../signal';
import {fieldWording, sentenceOf, told} from '../wording';

const DISCOUNT_FIELD = /reduction|discount/i;

/** The same checkout field changed again and again (the values typed are never known). */
export const detectRepeatedEdits: Detector = (journey, _now, thresholds, context) =>
  journey.fieldEdits
    .filter((field) => field.count >= thresholds.repeatedEditsAt)
    .map((field): DetectedSignal => {
      const crossing = field.edits[thresholds.repeatedEditsAt - 1] ?? field.edits.at(-1);
      const heavy =
        DISCOUNT_FIELD.test(field.field) || field.count >= 2 * thresholds.repeatedEditsAt;
      return {
        type: 'repeated_edits',
        severity: heavy ? 'medium' : 'low',
        ...told(
          sentenceOf('repeatedEdits.sentence', {
            field: fieldWording(field.field),
            times: field.count,
          }),
          context.timeZone,
        ),
        dedupeKey: `repeated_edits:${field.field}`,
        occurredAt: crossing?.at ?? field.lastAt,
        step: crossing ? stepAt(journey, crossing) : null,
        evidence: {
          eventIds: eventIds(...field.edits.map((edit) => edit.eventId)),
          field: field.field,
          count: field.count,
        },
      };
    });
