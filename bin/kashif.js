#!/usr/bin/env node
// `npx kashif …` from a checkout: runs the TypeScript CLI in this process through tsx's loader (a dev
// dependency, there after `npm install`), so there is no build step and no compiled copy to keep in step.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/main.ts');
