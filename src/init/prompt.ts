/**
 * A line-based prompter over a readable and a writable stream. It works on a terminal (readline
 * edits the line and echoes it) and with piped input: lines that arrive before they are asked for
 * are queued, not lost.
 */
import { createInterface, type Interface } from 'node:readline/promises';

/** The input ended (or was interrupted) before every question was answered. */
export class PromptClosed extends Error {
  constructor(readonly interrupted: boolean) {
    super(interrupted ? 'Interrupted' : 'The input ended before every question was answered');
  }
}

export interface PrompterStreams {
  input: NodeJS.ReadableStream;
  output: { write(s: string): unknown };
  /** Treat the streams as a terminal: line editing, echo, Ctrl-C. */
  terminal?: boolean;
}

export class Prompter {
  private readonly rl: Interface;
  private readonly lines: string[] = [];
  private waiting: { resolve: (line: string) => void; reject: (error: Error) => void } | undefined;
  private closed: PromptClosed | undefined;

  constructor(private readonly streams: PrompterStreams) {
    // readline wants a writable stream only on a terminal, to echo and redraw the line.
    const output = streams.terminal ? (streams.output as NodeJS.WritableStream) : undefined;
    this.rl = createInterface({ input: streams.input, ...(output ? { output } : {}), terminal: Boolean(streams.terminal), historySize: 0 });
    this.rl.on('line', (line) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = undefined;
        w.resolve(line);
      } else this.lines.push(line);
    });
    this.rl.on('SIGINT', () => this.close(true));
    this.rl.on('close', () => this.close(false));
  }

  private close(interrupted: boolean): void {
    if (this.closed) return;
    this.closed = new PromptClosed(interrupted);
    if (interrupted) this.rl.close();
    const w = this.waiting;
    this.waiting = undefined;
    w?.reject(this.closed);
  }

  write(text: string): void {
    this.streams.output.write(text);
  }

  /** Show the prompt and wait for one line (trimmed). */
  async line(prompt: string): Promise<string> {
    if (this.streams.terminal) {
      this.rl.setPrompt(prompt);
      this.rl.prompt();
    } else this.write(prompt);
    const queued = this.lines.shift();
    if (queued !== undefined) {
      if (!this.streams.terminal) this.write('\n');
      return queued.trim();
    }
    if (this.closed) throw this.closed;
    const answer = await new Promise<string>((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
    if (!this.streams.terminal) this.write('\n');
    return answer.trim();
  }

  /**
   * Ask until the answer parses: `parse` returns the value, or throws an `Invalid` whose message is
   * shown before the question is asked again. An empty answer takes `fallback` when there is one.
   */
  async ask<T>(prompt: string, parse: (answer: string) => T, fallback?: string): Promise<T> {
    const shown = fallback !== undefined && fallback !== '' ? `${prompt} [${fallback}] ` : `${prompt} `;
    for (;;) {
      const raw = await this.line(shown);
      const answer = raw === '' && fallback !== undefined ? fallback : raw;
      try {
        return parse(answer);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        this.write(`  ✖ ${error.message}\n`);
      }
    }
  }

  dispose(): void {
    this.rl.removeAllListeners('close');
    this.rl.close();
  }
}

/** An answer that does not parse; the message says what is expected. */
export class Invalid extends Error {}
