/** Items grouped by a key, in the order their first member appears. */
export interface Group<T> {
  key: string;
  first: T;
  items: T[];
}

export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Array<Group<T>> {
  const groups = new Map<string, Group<T>>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, {key, first: item, items: [item]});
  }
  return [...groups.values()];
}
