'use client';
// Downloads a CSV export (subscribers, enquiries and quotes) with a progress bar (rows received of rows
// expected); without JavaScript it is an ordinary download link.
import { useState } from 'react';

// `href` streams a CSV and says in X-Row-Count how many rows it will hold; `noun` names what a row is.
export function ExportButton({ href, label, noun }: { href: string; label: string; noun: string }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    setError(null);
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new Error(`the server answered ${response.status}`);
      const total = Number(response.headers.get('x-row-count') ?? 0);
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let lines = -1; // the header row is not a record
      setProgress({ done: 0, total });
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        for (const byte of value) if (byte === 10) lines++;
        setProgress({ done: Math.min(Math.max(lines, 0), total), total });
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export.csv';
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'text/csv' }));
      link.download = name;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      setError(`The export could not be made (${e instanceof Error ? e.message : String(e)}). Please try again.`);
      setProgress(null);
    }
  }

  return (
    <div className="export">
      <a href={href} className="button" onClick={(event) => void download(event)} download>
        {label}
      </a>
      {progress ? (
        <p role="status">
          <label>
            {progress.done < progress.total ? 'Preparing the export: ' : 'Export ready: '}
            <progress value={progress.done} max={Math.max(progress.total, 1)} /> {progress.done} of {progress.total}{' '}
            {noun}
          </label>
        </p>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
