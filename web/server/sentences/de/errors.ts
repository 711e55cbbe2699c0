import type {Translation} from '../translation';
import type {errors as english} from '../en/errors';

export const errors: Translation<typeof english> = {
  BAD_REQUEST: 'Die Anfrage konnte nicht verstanden werden.',
  VALIDATION_FAILED: 'Einige Felder sind ungültig.',
  UNAUTHENTICATED: 'Eine Anmeldung ist erforderlich.',
  FORBIDDEN: 'Diese Aktion ist nicht erlaubt.',
  NOT_FOUND: 'Nicht gefunden.',
  CONFLICT: 'Die Daten haben sich geändert. Laden Sie die Seite neu und versuchen Sie es erneut.',
  PAYLOAD_TOO_LARGE: 'Der Inhalt der Anfrage ist zu groß.',
  RATE_LIMITED: 'Zu viele Anfragen. Versuchen Sie es später erneut.',
  SHOPIFY_UNAVAILABLE: 'Shopify ist nicht erreichbar. Versuchen Sie es später erneut.',
  STORAGE_UNAVAILABLE: 'Heed ist vorübergehend nicht verfügbar. Versuchen Sie es später erneut.',
  INTERNAL: 'Bei uns ist ein Fehler aufgetreten.',
};
