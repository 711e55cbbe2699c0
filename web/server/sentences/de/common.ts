import type {Translation} from '../translation';
import type {common as english} from '../en/common';

export const common: Translation<typeof english> = {
  quoted: '„{{title}}“',
  titlesAndMore_one: '{{titles}} und {{count}} weiterer',
  titlesAndMore_other: '{{titles}} und {{count}} weitere',
};
