#!/usr/bin/env node
// The `stride` command; the TypeScript build (npm run build, run by npm ci) writes dist/.
import '../dist/cli/main.js';
