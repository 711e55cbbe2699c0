/**
 * A translation has English's keys, every one, and strings at its leaves: a missing or misspelt key
 * fails the typecheck. Plural forms a language needs beyond English's (`_few`, `_many`) may be added.
 */
export type Translation<English> = {
  [Key in keyof English]: English[Key] extends string ? string : Translation<English[Key]>;
} & Record<string, unknown>;
