// `--params FILE`: a YAML or JSON map of override paths to values, flat or nested.
import { InputError } from './errors.js';
import type { Overrides } from './overrides.js';
import { readYamlFile } from './yamlFile.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function loadParamsFile(file: string): Overrides {
  const { data } = readYamlFile(file);
  const out: Overrides = Object.create(null) as Overrides;
  const walk = (value: unknown, path: string[]) => {
    const last = path[path.length - 1];
    if (last !== undefined && FORBIDDEN.has(last))
      throw new InputError([{ file, path: path.join('.'), message: `"${last}" is not allowed in a path` }]);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      return;
    }
    if (Array.isArray(value)) out[path.join('.')] = value.map(String).join(',');
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      out[path.join('.')] = String(value);
    else throw new InputError([{ file, path: path.join('.'), message: 'expected a string, number or boolean' }]);
  };
  walk(data, []);
  return out;
}
