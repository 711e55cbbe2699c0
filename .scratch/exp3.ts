import {z} from 'zod';
import {regexes} from 'zod/v4/core';
const s = z.iso.datetime({offset: true});
console.log(s._zod.pattern, (s as any)._zod.def);
console.log(String(regexes.datetime({offset: true})) === String(s._zod.pattern));
const e = z.enum(['a','b']); console.log(e.options);
