export { credentialsFromEnv, SOURCE_ENV_VARS } from './credentials.ts';
export {
  SourceAuthError,
  SourceCertificateError,
  SourceConfigError,
  SourceConnectionError,
  SourceError,
  SourceHostKeyError,
  SourceSizeMismatchError,
  SourceTimeoutError,
  SourceTransferError,
  type SourceErrorDetails,
} from './errors.ts';
export { fingerprintOf } from './host-key.ts';
export { openSource } from './open-source.ts';
export { parseSourceUrl, redactUrl, type SourceKind, type SourceTarget } from './source-url.ts';
export type {
  DownloadResult,
  HostKeyCheck,
  Source,
  SourceCredentials,
  SourceEntry,
  SourceLogger,
  SourceOptions,
} from './types.ts';
