/**
 * zod compiles fast parsers with `new Function` unless told not to; under the strict CSP we
 * ship with (no 'unsafe-eval') even its probe for eval is reported as a violation.
 * Imported first by every entry point that parses.
 */
import { config } from 'zod/mini';

config({ jitless: true });
