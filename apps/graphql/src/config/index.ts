/** The server's configuration: one table of settings, read from the environment and a file. */
export {
  accessSettingsFromEnv,
  loadServerConfig,
  type LoadConfigOptions,
  type ServerConfig,
} from './load-config.ts';
export {
  CommandLineError,
  parseServerArgs,
  SERVER_EXIT,
  serverHelp,
  type ServerCommandLine,
} from './command-line.ts';
export {
  FEED_READINESS,
  LOG_LEVELS,
  SETTING_NAMES,
  SETTINGS,
  type SettingName,
} from './settings-table.ts';
