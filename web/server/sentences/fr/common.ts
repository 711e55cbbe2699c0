import type {Translation} from '../translation';
import type {common as english} from '../en/common';

export const common: Translation<typeof english> = {
  quoted: '« {{title}} »',
  titlesAndMore_one: '{{titles}} et {{count}} autre',
  titlesAndMore_other: '{{titles}} et {{count}} autres',
};
