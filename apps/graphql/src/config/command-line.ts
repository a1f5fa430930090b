/**
 * The server's command line: `--config <file>`, `--help`. What `--help` prints is made from
 * the settings table, so it lists every setting with its default.
 */
import { parseArgs } from 'node:util';
import { SETTING_NAMES, SETTINGS } from './settings-table.ts';

/** The server's exit codes, as `--help` and the README list them. */
export const SERVER_EXIT = {
  /** Stopped by SIGTERM or SIGINT, after the requests in flight were answered. */
  ok: 0,
  /** It could not start (database unreachable, migration failed, port taken) or it failed. */
  failed: 1,
  /** The command line is wrong (sysexits' EX_USAGE). */
  usage: 64,
  /** A setting is wrong; the message names it (sysexits' EX_CONFIG). */
  config: 78,
} as const;

export class CommandLineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandLineError';
  }
}

export interface ServerCommandLine {
  help: boolean;
  config: string | undefined;
}

export function parseServerArgs(argv: string[]): ServerCommandLine {
  try {
    const { values } = parseArgs({
      // `pnpm start -- --help` passes the `--` on: it separates nothing here.
      args: argv[0] === '--' ? argv.slice(1) : argv,
      options: {
        help: { type: 'boolean', short: 'h' },
        config: { type: 'string', short: 'c' },
      },
    });

    return { help: values.help ?? false, config: values.config };
  } catch (error) {
    throw new CommandLineError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

const USAGE = 'usage: graphql [--config <file.json>] [--help]';

export function serverHelp(): string {
  const width = Math.max(...SETTING_NAMES.map((name) => name.length)) + 4;
  const settings = SETTING_NAMES.map((name) => {
    const spec = SETTINGS[name];
    const fallback = 'fallback' in spec ? `; default ${spec.fallback}` : '';
    const lines = wrap(`${spec.help.replace(/`/g, '')}${fallback}`, 96 - width);

    return lines
      .map((line, index) => `${(index === 0 ? `  ${name}` : '').padEnd(width)}${line}`)
      .join('\n');
  });

  return `${USAGE}

Serves the graph: GraphQL at /graphql (GraphiQL in a browser), /health (alive),
/readiness (database, migrations, feeds: 200 or 503), /metrics (Prometheus).

Options:
  -c, --config <file>  a JSON file of the settings below, {"PORT": 4000, "AUTH_MODE": "open"};
                       the environment wins over it (also VNODROP_CONFIG)
  -h, --help           this text

Settings (environment variables, or keys of the configuration file):
${settings.join('\n')}

Exit codes:
  ${SERVER_EXIT.ok}   stopped by SIGTERM or SIGINT
  ${SERVER_EXIT.failed}   could not start (database down, a migration failed, port taken) or failed
  ${SERVER_EXIT.usage}  the command line is wrong
  ${SERVER_EXIT.config}  a setting is wrong: the message names it
`;
}

/** `text` in lines of at most `width` characters, broken between words. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';

  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }

  return line ? [...lines, line] : lines;
}
