import {z} from 'zod';
for (const s of ['😀', '😀😀', 'ab', 'abc', '\ud800\ud800']) console.log(JSON.stringify(s), s.length, z.string().max(1).safeParse(s).success, z.string().max(2).safeParse(s).success, z.string().min(3).safeParse(s).success);
