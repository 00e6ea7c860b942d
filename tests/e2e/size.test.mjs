// The embed script's size budget: dist/parallax.js under 250 KB gzipped.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './helpers.mjs';

test('dist/parallax.js is under 250 KB gzipped', () => {
  const script = readFileSync(join(DIST, 'parallax.js'));
  const gz = gzipSync(script, { level: 9 }).length;
  console.log(`dist/parallax.js: ${(script.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped`);
  assert.ok(gz <= 250 * 1024, `dist/parallax.js gzipped\n  expected: <= 250.0 KB\n  got: ${(gz / 1024).toFixed(1)} KB`);
});
