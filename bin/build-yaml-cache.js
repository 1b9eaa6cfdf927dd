#!/usr/bin/env node
// npm run build, last step: caches the parsed data of the built-in YAML (scenarios/) in
// dist/yaml-cache.json, so the compiled CLI need not load the YAML parser for files left unchanged.
import { fileURLToPath } from 'node:url';
import { writeYamlCache } from '../dist/scenario/yamlCache.js';

const count = writeYamlCache(fileURLToPath(new URL('../scenarios', import.meta.url)));
// Silent on success, like tsc: `npm pack --json` prints this script's stdout with its JSON.
if (count === 0) throw new Error('no YAML files cached from scenarios/');
