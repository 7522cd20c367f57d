// The order to load tables in so every foreign key points at a row already there. A cycle (two tables
// pointing at each other, e.g. a competition and its winning entry) is broken at a nullable key: its
// column is loaded empty and filled in once every table is loaded.

export type ForeignKey = { table: string; columns: string[]; references: string; nullable: boolean };
export type LoadPlan = { order: string[]; deferred: { table: string; columns: string[] }[] };

// Plans the load of `tables` given their foreign keys; throws if a cycle has no nullable key to break.
export function loadOrder(tables: string[], keys: ForeignKey[]): LoadPlan {
  const pending = new Set(tables);
  const active = keys.filter((k) => k.table !== k.references || k.nullable);
  const deferred: LoadPlan['deferred'] = [];
  const order: string[] = [];
  // A table's own nullable self-reference is always filled in afterwards.
  for (const key of active.filter((k) => k.table === k.references))
    deferred.push({ table: key.table, columns: key.columns });
  let edges = active.filter((k) => k.table !== k.references);
  while (pending.size) {
    const ready = [...pending].filter((t) => !edges.some((k) => k.table === t && pending.has(k.references))).sort();
    if (ready.length) {
      for (const table of ready) {
        order.push(table);
        pending.delete(table);
      }
      continue;
    }
    const breakable = edges.find((k) => pending.has(k.table) && pending.has(k.references) && k.nullable);
    if (!breakable)
      throw new Error(`Tables ${[...pending].join(', ')} refer to each other through keys that cannot be empty`);
    deferred.push({ table: breakable.table, columns: breakable.columns });
    edges = edges.filter((k) => k !== breakable);
  }
  return { order, deferred };
}
