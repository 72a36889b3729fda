import { COLUMN_NAMES, type Role } from './columnNames.js';
import type { ColumnOverrides } from './readEventLog.js';

const ROLES = Object.keys(COLUMN_NAMES) as Role[];

export interface ColumnChoice {
  /** Position in `names` of the column chosen for each role found. */
  index: Partial<Record<Role, number>>;
  /** Roles whose override names no column in `names`. */
  unknownOverrides: Role[];
}

/**
 * Chooses the column of each role among `names` (a CSV header, or JSON keys). Overrides win and
 * are taken first, so an automatic match never claims a column the user assigned elsewhere.
 */
export function findColumns(
  names: readonly string[],
  overrides: ColumnOverrides = {},
): ColumnChoice {
  const byName = new Map<string, number>();
  names.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!byName.has(key)) byName.set(key, i);
  });
  const index: Partial<Record<Role, number>> = {};
  const used = new Set<number>();
  const unknownOverrides: Role[] = [];
  for (const role of ROLES) {
    const wanted = overrides[role];
    if (wanted === undefined) continue;
    const exact = names.indexOf(wanted);
    const i = exact >= 0 ? exact : byName.get(wanted.trim().toLowerCase());
    if (i === undefined) unknownOverrides.push(role);
    else {
      index[role] = i;
      used.add(i);
    }
  }
  for (const role of ROLES) {
    if (overrides[role] !== undefined) continue;
    for (const candidate of COLUMN_NAMES[role]) {
      const i = byName.get(candidate);
      if (i !== undefined && !used.has(i)) {
        index[role] = i;
        used.add(i);
        break;
      }
    }
  }
  return { index, unknownOverrides };
}
