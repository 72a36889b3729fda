/**
 * Instance indices grouped by resource (resources with no name are left out), each group
 * sorted by `key` ascending (NaN keys last). Groups are built by a counting pass, so only the
 * per-resource sorts cost more than linear time.
 */
export function groupByResource(resourceOf: Int32Array, key: Float64Array): Uint32Array[] {
  let resources = 0;
  for (let i = 0; i < resourceOf.length; i++) resources = Math.max(resources, resourceOf[i]! + 1);
  const counts = new Uint32Array(resources);
  for (let i = 0; i < resourceOf.length; i++) if (resourceOf[i]! >= 0) counts[resourceOf[i]!]!++;
  const groups = Array.from(counts, (n) => new Uint32Array(n));
  const fill = new Uint32Array(resources);
  for (let i = 0; i < resourceOf.length; i++) {
    const r = resourceOf[i]!;
    if (r >= 0) groups[r]![fill[r]!++] = i;
  }
  for (const g of groups) sortByKey(g, key);
  return groups;
}

function sortByKey(group: Uint32Array, key: Float64Array): void {
  let sorted = true;
  for (let k = 1; k < group.length && sorted; k++)
    sorted = !(key[group[k - 1]!]! > key[group[k]!]!);
  if (sorted && !group.some((i) => Number.isNaN(key[i]!))) return;
  const order = Array.from(group).sort((a, b) => {
    const x = key[a]!;
    const y = key[b]!;
    if (Number.isNaN(x)) return Number.isNaN(y) ? a - b : 1;
    if (Number.isNaN(y)) return -1;
    return x - y || a - b;
  });
  group.set(order);
}
