import { type Provider } from '@nestjs/common';
import { type LedgerConfig } from './ledger-config';

export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');

/** The configuration is loaded by the entry point (API or CLI) and handed to the module. */
export const configProvider = (config: LedgerConfig): Provider => ({
  provide: LEDGER_CONFIG,
  useValue: config,
});
