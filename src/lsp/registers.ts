/**
 * Which YAML files an editor opens are registers. In a project with `seloste.config.yaml`, every
 * YAML file below its folder is, except those the project ignores (`ignore:`, and other tools'
 * files) and those in hidden folders or `node_modules`, which `seloste check` never walks into.
 * Without a config, those in a `notices` folder, where `seloste check` looks by default: a YAML file
 * of some other project is left alone.
 */
import { isAbsolute, relative, sep } from 'node:path';
import type { Config } from '../config/config.js';
import { ignoredBy } from '../load/ignore.js';

export function isRegister(path: string, config: Config): boolean {
  if (!config.file) return path.split(sep).slice(0, -1).includes('notices');
  const rel = relative(config.root, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return false;
  const folders = rel.split(sep).slice(0, -1);
  if (folders.some((f) => f.startsWith('.') || f === 'node_modules')) return false;
  return !ignoredBy(config.ignore, config.root)(path);
}
