/**
 * A reader that goes away (`seloste check | head`) closes the pipe under the command. That is not an
 * error of the command: the rest of its output has nowhere to go, so it is dropped, and the command
 * finishes as it would have, with its own exit code.
 */
type Output = NodeJS.WriteStream;

function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED';
}

/** For the command-line process only: output to a closed pipe is dropped quietly. */
export function dropOutputToClosedPipes(streams: readonly Output[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (!isClosedPipe(error)) throw error;
      stream.write = () => true;
    });
  }
}
