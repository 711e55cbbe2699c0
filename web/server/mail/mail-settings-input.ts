import {mailSettingsInputSchema, mailTestInputSchema} from '../../shared/mail-schemas';

/**
 * What the mail routes accept: the schemas the admin's form checks with too
 * (web/shared/mail-schemas.ts), their refusals in English.
 */
export const mailSettingsInput = mailSettingsInputSchema();
export const mailTestInput = mailTestInputSchema();
export type {MailSettingsInput} from '../../shared/mail-schemas';
