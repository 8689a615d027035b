#!/usr/bin/env node
// Placeholder CLI: `copydesk FILE` or stdin → article JSON.
import { readFileSync } from 'node:fs';
import { cleanArticle } from '../index.js';

const file = process.argv[2];
const bytes = file && file !== '-' ? readFileSync(file) : readFileSync(0);
process.stdout.write(JSON.stringify(cleanArticle(new Uint8Array(bytes)), null, 2) + '\n');
