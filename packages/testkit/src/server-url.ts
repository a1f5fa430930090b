/** `scheme://user@host:port/percent/encoded/root`, never with a password. */
export function serverUrl(
  scheme: string,
  username: string,
  host: string,
  port: number,
  root = '',
): string {
  const path = root.split('/').map(encodeURIComponent).join('/');
  return `${scheme}://${encodeURIComponent(username)}@${host}:${port}${path}`;
}
