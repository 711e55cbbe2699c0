import {zodResolver} from '@hookform/resolvers/zod';
import type {Resolver} from 'react-hook-form';
import type {TFunction} from 'i18next';
import type {WorkingHours} from '../api/staff';
import {fieldResolver} from '../forms/body-resolver';
import {dayRowsOf, sayStaffIn, workingHoursOf, type DayRow} from '../team/working-hours';
import {shopHoursInputSchema, type ShopHoursInput} from '../../../shared/staff-schemas';

/** Off: every hour of every day counts; on: the days ticked, each from start until end. */
export interface ShopHoursFormValues {
  hoursSet: boolean;
  days: DayRow[];
}

export function shopHoursValuesOf(hours: WorkingHours | null): ShopHoursFormValues {
  return {hoursSet: hours !== null, days: dayRowsOf(hours)};
}

export function shopHoursBodyOf(values: ShopHoursFormValues): ShopHoursInput {
  return {workingHours: values.hoursSet ? workingHoursOf(values.days) : null};
}

/** The server's schema, in the admin's language; its refusals show under the day rows. */
export function shopHoursResolver(
  t: TFunction<'team'>,
): Resolver<ShopHoursFormValues, unknown, ShopHoursInput> {
  const resolve = zodResolver(shopHoursInputSchema(sayStaffIn(t))) as unknown as Resolver<
    ShopHoursInput,
    unknown,
    ShopHoursInput
  >;
  const onBody: Resolver<ShopHoursFormValues, unknown, ShopHoursInput> = (
    values,
    context,
    options,
  ) =>
    resolve(shopHoursBodyOf(values), context, options as never) as ReturnType<
      Resolver<ShopHoursFormValues, unknown, ShopHoursInput>
    >;
  return fieldResolver(onBody, (key) => (key === 'workingHours' ? 'days' : undefined));
}
