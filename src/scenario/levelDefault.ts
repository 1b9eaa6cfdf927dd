// A forum file that leaves `level` out runs as a ministers' meeting (the schema's default), which
// is wrong, and silent, for a summit. These say when that happened and when it looks like a slip.
import type { Problem } from './errors.js';
import type { YamlFile } from './yamlFile.js';

/** Whether the file's data leaves `level` to its default. */
export function levelDefaulted(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Object.hasOwn(data, 'level');
}

// A summit or a leaders' meeting by its own words, unless they also say who meets below leaders
// (the East Asia Summit Foreign Ministers' Meeting is a ministerial).
const SAYS_LEADERS = /\b(summit|leaders?)\b/i;
const SAYS_LOWER = /\b(ministers?|ministerial|officials?)\b/i;

/** The warning for a forum file without `level` whose name or kind says leaders or summit; null otherwise. */
export function levelWarning(file: string, yaml: YamlFile): Problem | null {
  const data = yaml.data as Record<string, unknown>;
  if (!levelDefaulted(data)) return null;
  for (const field of ['name', 'kind'] as const) {
    const text = typeof data[field] === 'string' ? data[field] : '';
    const said = SAYS_LEADERS.exec(text);
    if (!said || SAYS_LOWER.test(text)) continue;
    return {
      file,
      path: 'level',
      message: `not set, so this runs as a ministers' meeting; its ${field} says "${said[0]}": set level: leaders`,
      ...yaml.locate([field]),
    };
  }
  return null;
}
