/**
 * The API's public entry, `@ledger/api`: what `ledger serve` needs to start it. The CLI imports
 * nothing else of the API (eslint.config.mjs), and reaches the use cases through the core's buses
 * as the API's controllers do.
 */
export { prepareToServe, serve, type Serving } from './serve';
export { authModeLine } from './auth/local-mode';
