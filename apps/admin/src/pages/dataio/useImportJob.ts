import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJobView as ImportJob } from '@fourgood/rules';

/** Where the page stands: sending the file (upload share), or a job. */
export type Work = { kind: 'upload'; share: number } | { kind: 'job'; job: ImportJob };

/** How long the page waits between two looks at a running job. */
const POLL_MS = 700;

const active = (job: ImportJob) => job.state === 'QUEUED' || job.state === 'RUNNING';

/** Sends the file to /dataio/import (beside GraphQL: files exceed its body limit), with upload progress; the server answers 202 with the job. */
function send(file: File, dryRun: boolean, onProgress: (share: number) => void): Promise<ImportJob> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/dataio/import${dryRun ? '?dryRun=1' : ''}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText) as { job?: ImportJob; error?: { reason?: string } };
        if (xhr.status === 202 && body.job) resolve(body.job);
        else reject(new Error(body.error?.reason ?? String(xhr.status)));
      } catch {
        reject(new Error(String(xhr.status)));
      }
    };
    xhr.onerror = () => reject(new Error('NETWORK'));
    xhr.send(file);
  });
}

async function fetchJob(path: string): Promise<ImportJob | null> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(String(res.status));
  const body = (await res.json()) as ImportJob | { job: ImportJob | null };
  return 'job' in body ? body.job : body;
}

/**
 * The import job of the page: on mount, the user's running or last job (a reloaded page finds its
 * job again); `start` uploads a file and follows the new job; a running job is polled until it ends.
 */
export function useImportJob() {
  const [work, setWork] = useState<Work | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const alive = useRef(true);
  const generation = useRef(0);

  const follow = useCallback(async (job: ImportJob, gen: number) => {
    let current = job;
    for (;;) {
      if (!alive.current || gen !== generation.current) return;
      setWork({ kind: 'job', job: current });
      if (!active(current)) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      try {
        current = (await fetchJob(`/dataio/jobs/${current.id}`)) ?? current;
      } catch {
        // A failed look (network, restart) is retried at the next turn.
      }
    }
  }, []);

  useEffect(() => {
    alive.current = true;
    const gen = ++generation.current;
    fetchJob('/dataio/jobs/latest')
      .then((job) => {
        if (job) void follow(job, gen);
      })
      .catch(() => undefined)
      .finally(() => alive.current && setLoaded(true));
    return () => {
      alive.current = false;
    };
  }, [follow]);

  const start = useCallback(
    async (file: File, dryRun: boolean): Promise<void> => {
      const gen = ++generation.current;
      setFailed(null);
      setWork({ kind: 'upload', share: 0 });
      try {
        const job = await send(file, dryRun, (share) => setWork({ kind: 'upload', share }));
        await follow(job, gen);
      } catch (error) {
        setWork(null);
        setFailed(error instanceof Error ? error.message : 'UNKNOWN');
      }
    },
    [follow],
  );

  const busy = work !== null && (work.kind === 'upload' || active(work.job));
  const job = work?.kind === 'job' ? work.job : null;
  return { work, job, busy, failed, loaded, start };
}
