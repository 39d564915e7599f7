/**
 * Which HTTP requests may reach the local CMS backend. decap-server has no login, so a web page the editor visits
 * could drive it through DNS rebinding (a foreign name resolving to 127.0.0.1) or a cross-site request: only the
 * loopback name and port it was started on, and only pages of the local site, are let through.
 */
import { cmsLocalText } from '../../src/i18n/operations.ts';

/** The ports the local backend and the local site listen on. */
export interface LocalPorts {
  /** Port of the local CMS backend. */
  port: number;
  /** Port of the local site whose /admin/ talks to it. */
  sitePort: number;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** Host headers the backend answers: exactly the loopback names with its port. */
export function allowedHosts(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `${name}:${port}`);
}

/** Origins (pages) the backend answers: the local site on its port. */
export function allowedOrigins(sitePort: number): string[] {
  return LOOPBACK_NAMES.map((name) => `http://${name}:${sitePort}`);
}

/** The Vietnamese reason a request is refused, or undefined when it may pass. */
export function refuseRequest(
  headers: { host?: string | string[]; origin?: string | string[] },
  ports: LocalPorts,
): string | undefined {
  const hosts = allowedHosts(ports.port);
  const host = headers.host;
  if (typeof host !== 'string' || !hosts.includes(host.toLowerCase()))
    return cmsLocalText.badHost(String(host ?? ''), hosts);
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  const origins = allowedOrigins(ports.sitePort);
  if (typeof origin !== 'string' || !origins.includes(origin.toLowerCase()))
    return cmsLocalText.badOrigin(String(origin), origins);
  return undefined;
}
