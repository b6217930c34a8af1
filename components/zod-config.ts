import { z } from 'zod';

// Imported first by every extension page, before any module builds a schema. Extension
// pages forbid eval (wxt.config.ts), so zod's compiled parsers can never run there; unless
// told so, zod tries `new Function` when it builds its first object schema, and Chromium
// reports the refusal as a content-security-policy violation on every page load.
z.config({ jitless: true });
