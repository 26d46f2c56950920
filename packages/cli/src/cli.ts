/**
 * `nass` entry point: parse the command line, run, map every failure to one `nass: ...` line on stderr
 * and an exit code (0 ok, 1 input error, 2 usage error, 130 interrupted).
 */
import { readFileSync } from "node:fs";
import { CommanderError } from "commander";
import { describeError, EXIT, InputError, UsageError } from "./errors";
import { removeTemporaries } from "./output";
import { createProgram } from "./program";
import { run } from "./run";

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function onSignal(signal: NodeJS.Signals): void {
  removeTemporaries();
  process.stderr.write(`\nnass: interrupted (${signal})\n`);
  process.exit(EXIT.interrupted);
}

async function main(argv: string[]): Promise<number> {
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // `nass ... | head`: the reader went away; stop quietly.
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    process.stderr.write(`nass: stdout: ${describeError(error)}\n`);
    process.exit(EXIT.input);
  });
  let code: number = EXIT.ok;
  const program = createProgram(
    packageVersion(),
    { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) },
    async (request) => {
      code = await run(request, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    },
  );
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT.ok;
      return EXIT.usage;
    }
    removeTemporaries();
    process.stderr.write(`nass: ${describeError(error)}\n`);
    if (error instanceof UsageError) return EXIT.usage;
    if (error instanceof InputError) return EXIT.input;
    return EXIT.input;
  }
}

process.exitCode = await main(process.argv.slice(2));
