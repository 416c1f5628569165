// The public surface of the analysis core. Nothing here imports `vscode`.
export * from './types';
export { analyze } from './analyze';
export { detectLanguage } from './language';
