import type { CombinedError } from 'urql';
import { reasonedFields, type ReasonedField } from '../../lib/reasons';

export interface ApiProblem {
  code: string;
  reason: string;
  message: string;
  /** Every field at fault with its own reason and values (lib/reasons.ts). */
  fields: ReasonedField[];
}

/** The first GraphQL error with its code, reason and the fields at fault. */
export function apiProblem(error: CombinedError | undefined): ApiProblem | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'NETWORK', reason: '', message: error.message, fields: [] };
  const ext = (first.extensions ?? {}) as Record<string, unknown>;
  return {
    code: String(ext.code ?? 'UNKNOWN'),
    reason: String(ext.reason ?? ''),
    message: first.message,
    fields: reasonedFields(ext, first.message),
  };
}

/** Saves a base64 file from the API as a download. */
export function downloadBase64(file: { filename: string; contentType: string; base64: string }) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a file as base64, reporting progress (0–100). */
export function readAsBase64(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result ?? '');
      onProgress(100);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
