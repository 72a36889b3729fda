import { COLUMN_NAMES, type Role } from './columnNames.js';
import { InputError } from './InputError.js';
import type { ColumnOverrides } from './readEventLog.js';

const LISTED = 25;
const REQUIRED: readonly Role[] = ['case', 'activity', 'timestamp'];

/**
 * Throws when a required role has no column or an override names a column that is absent,
 * listing what the file does have so the user can pick the right override at once.
 */
export function checkColumns(
  file: string,
  names: readonly string[],
  /** The roles bound so far, to a column index or a key. */
  bound: Partial<Record<Role, number | string>>,
  how: {
    overrides: ColumnOverrides;
    unknownOverride?: Role | undefined;
    noun: 'column' | 'field';
    line?: number | undefined;
  },
): void {
  const { overrides, noun, line } = how;
  const shown = names.slice(0, LISTED).map((n) => `"${n}"`);
  if (names.length > LISTED) shown.push(`… (${names.length} in all)`);
  const have = names.length === 0 ? 'none' : shown.join(', ');
  const role = how.unknownOverride;
  if (role !== undefined) {
    throw new InputError(
      file,
      `there is no ${noun} "${overrides[role]}" (given for ${role}); the ${noun}s are ${have}`,
      { line, field: role },
    );
  }
  for (const required of REQUIRED) {
    if (bound[required] !== undefined) continue;
    const tried = COLUMN_NAMES[required].map((n) => `"${n}"`).join(', ');
    throw new InputError(
      file,
      `no ${required} ${noun}: looked for ${tried}; the ${noun}s are ${have}. ` +
        `Name the ${required} ${noun} with the columns option.`,
      { line, field: required },
    );
  }
}
