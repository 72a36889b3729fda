import { ApiError } from './ApiError';
import { api } from './api';
import { authToken } from './authToken';
import type { IngestResult } from './IngestResult';
import { readApiError } from './readApiError';

export interface Upload {
  result: Promise<IngestResult>;
  abort(): void;
}

/**
 * Sends a log file as the raw body of POST …/import. XMLHttpRequest rather than fetch because
 * only XHR reports upload progress, and a 200 MB log takes long enough that people need to see it move.
 */
export function uploadLog(
  workspaceId: string,
  file: File,
  onProgress: (sentShare: number) => void,
): Upload {
  const request = new XMLHttpRequest();
  const result = new Promise<IngestResult>((resolve, reject) => {
    request.open('POST', api.importPath(workspaceId, file.name));
    const token = authToken.get();
    if (token !== null) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        try {
          resolve(JSON.parse(request.responseText) as IngestResult);
        } catch {
          reject(
            new ApiError(request.status, 'The server answered the upload with unreadable JSON'),
          );
        }
      } else {
        reject(readApiError(request.status, request.statusText, request.responseText));
      }
    };
    request.onerror = () =>
      reject(new TypeError('the connection failed while uploading (network error)'));
    request.onabort = () => reject(new Error('Upload cancelled'));
    request.send(file);
  });
  return { result, abort: () => request.abort() };
}
