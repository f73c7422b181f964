// The zod every schema of the domain is built with: configured, before any schema can parse,
// to word its messages for people. Importing `z` from here rather than from 'zod' is what
// guarantees the configuration wherever a domain schema is used.
import { z } from 'zod';
import { personMessages } from './messages';

z.config({ customError: personMessages });

export { z };
