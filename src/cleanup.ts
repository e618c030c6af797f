/**
 * What must not outlive an interrupted command: staging folders, the browser. Each is registered
 * while it exists; on Ctrl-C or SIGTERM every one still registered is undone, synchronously, before
 * the process exits.
 */
const tasks = new Set<() => void>();

/** Register a synchronous cleanup; returns the function that unregisters it. */
export function onInterrupt(task: () => void): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

export function runCleanups(): void {
  for (const task of [...tasks]) {
    try {
      task();
    } catch {
      // Best effort: the process is ending.
    }
  }
  tasks.clear();
}

let installed = false;

/** For the command-line process only: clean up and exit with 128 + the signal's number. */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  const exit = (code: number) => () => {
    runCleanups();
    process.exit(code);
  };
  process.once('SIGINT', exit(130));
  process.once('SIGTERM', exit(143));
  process.once('SIGHUP', exit(129));
}
