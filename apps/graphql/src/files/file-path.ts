/**
 * Where a kept file of the drop (an invoice PDF, a document) is downloaded: `GET /files/<id>`
 * on this server, with the credential that reads the graph.
 */
export const FILES_PATH = '/files';

/** `/files/<id>` for the `stored_files` row `id`. */
export function filePath(id: number): string {
  return `${FILES_PATH}/${id}`;
}

/** The id of a `/files/<id>` path; null for any other path. */
export function fileIdOf(pathname: string): number | null {
  const match = /^\/files\/(\d{1,15})\/?$/.exec(pathname);

  return match ? Number(match[1]) : null;
}
