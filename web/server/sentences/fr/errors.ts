import type {Translation} from '../translation';
import type {errors as english} from '../en/errors';

export const errors: Translation<typeof english> = {
  BAD_REQUEST: 'La requête n’a pas pu être comprise.',
  VALIDATION_FAILED: 'Certains champs ne sont pas valides.',
  UNAUTHENTICATED: 'Une authentification est requise.',
  FORBIDDEN: 'Cette action n’est pas autorisée.',
  NOT_FOUND: 'Introuvable.',
  CONFLICT: 'Les données ont changé ; rechargez la page et réessayez.',
  PAYLOAD_TOO_LARGE: 'Le contenu de la requête est trop volumineux.',
  RATE_LIMITED: 'Trop de requêtes ; réessayez plus tard.',
  SHOPIFY_UNAVAILABLE: 'Impossible de joindre Shopify ; réessayez plus tard.',
  STORAGE_UNAVAILABLE: 'Heed est momentanément indisponible ; réessayez plus tard.',
  INTERNAL: 'Une erreur s’est produite de notre côté.',
};
