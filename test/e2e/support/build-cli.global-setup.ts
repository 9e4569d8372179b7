import { compiledCli } from './compiled-cli';

/** Compiles the CLI once before the end-to-end suite, so no test pays for it under its timeout. */
export default function buildCli(): void {
  compiledCli();
}
