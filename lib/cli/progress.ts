/**
 * Progress for long runs on stderr: rewritten in place on a terminal, a line every 10 % otherwise (logs), and
 * nothing for runs that end within a second.
 */
export interface Progress {
  (label: string, done: number, total: number): void;
  done(summary: string): void;
}

export function progressReporter(stream: NodeJS.WriteStream | undefined): Progress {
  const started = Date.now();
  let lastShown = 0;
  let lastDecile = -1;
  let shownInPlace = false;
  const report = ((label: string, done: number, total: number) => {
    if (!stream || Date.now() - started < 1000) return;
    if (stream.isTTY) {
      if (Date.now() - lastShown < 100 && done < total) return;
      lastShown = Date.now();
      stream.write(`\r${label}\u001b[K`);
      shownInPlace = true;
    } else {
      const decile = Math.floor((done / total) * 10);
      if (decile === lastDecile) return;
      lastDecile = decile;
      stream.write(`${label}\n`);
    }
  }) as Progress;
  report.done = (summary: string) => {
    if (!stream) return;
    stream.write(`${shownInPlace ? '\r\u001b[K' : ''}${summary}\n`);
  };
  return report;
}
