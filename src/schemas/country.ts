import { createRequire } from 'node:module';
import { z } from 'zod';

// i18n-iso-countries is CommonJS; its alpha-2 list is the reference for "a real country".
const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  isValid(code: string): boolean;
};

/** ISO 3166-1 alpha-2 country code in capitals, for example `RU`, `CN`. */
export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, {
    message: 'expected an ISO 3166-1 alpha-2 country code in capitals, such as "RU" or "CN"',
    abort: true,
  })
  .refine((c) => countries.isValid(c), {
    message: 'expected an ISO 3166-1 alpha-2 country code in capitals, such as "RU" or "CN"',
  });
