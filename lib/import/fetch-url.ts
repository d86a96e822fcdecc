// Fetching an article's page for import, without letting the server be used to reach what only it can reach
// (SSRF): http and https only; every address the host name resolves to must be public, checked in the socket's
// own DNS lookup so the address checked is the address connected to (no second resolution to rebind); each
// redirect is checked the same way; a time limit and a size limit; text media types only.
// Node's http/https modules are used instead of fetch() because they accept that `lookup` hook.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import { DOCUMENT_MAX_BYTES } from "@/lib/import/document-to-text";

export interface FetchOptions {
  /** Tests only: lets a test fetch from a server it started on 127.0.0.1. Never set from user input. */
  allowPrivateAddresses?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface FetchedDocument {
  /** The address the content came from, after redirects. */
  url: string;
  contentType: string | null;
  text: string;
}

const MAX_REDIRECTS = 5;
const DEFAULT_TIMEOUT_MS = 10_000;

/** Fetches a page as text. Every failure is an AppError INVALID_INPUT on the `url` field, worded for the editor. */
export async function fetchDocument(address: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let url = parseHttpUrl(address);
  for (let redirects = 0; ; redirects++) {
    const response = await request(url, options, deadline);
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume();
      if (redirects >= MAX_REDIRECTS) throw fetchError("The page redirects too many times.");
      url = parseHttpUrl(new URL(location, url).toString());
      continue;
    }
    if (!response.statusCode || response.statusCode < 200 || response.statusCode >= 300) {
      response.resume();
      throw fetchError(`The server answered ${response.statusCode ?? "nothing"} for this address.`);
    }
    const contentType = response.headers["content-type"] ?? null;
    const bytes = await readBody(response, options.maxBytes ?? DOCUMENT_MAX_BYTES);
    return { url: url.toString(), contentType, text: decode(bytes, contentType) };
  }
}

function parseHttpUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw fetchError("This is not a web address.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw fetchError("Only http:// and https:// addresses can be fetched.");
  if (url.username || url.password) throw fetchError("Addresses with a user name or password are not fetched.");
  return url;
}

function request(url: URL, options: FetchOptions, deadline: number): Promise<http.IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // A literal IP address skips the DNS lookup below, so it is checked here.
  if (net.isIP(host) && !options.allowPrivateAddresses && isNonPublicAddress(host)) {
    return Promise.reject(
      fetchError("This address is on a private or local network, which the importer does not fetch from."),
    );
  }
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      {
        headers: {
          "User-Agent": "stance-tracker-importer/1.0",
          Accept: "text/html, text/plain, text/markdown;q=0.9, */*;q=0.1",
          "Accept-Encoding": "gzip, deflate, br",
        },
        lookup: checkedLookup(options.allowPrivateAddresses ?? false),
        timeout: Math.max(1, deadline - Date.now()),
      },
      resolve,
    );
    const timer = setTimeout(
      () => req.destroy(fetchError("The server took too long to answer.")),
      Math.max(1, deadline - Date.now()),
    );
    req.on("close", () => clearTimeout(timer));
    req.on("timeout", () => req.destroy(fetchError("The server took too long to answer.")));
    req.on("error", (error) =>
      reject(error instanceof AppError ? error : fetchError(`The page could not be reached (${describe(error)}).`)),
    );
  });
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/** A dns.lookup that fails when any address of the host is not public, so the socket never connects to one. */
function checkedLookup(allowPrivate: boolean) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      if (!allowPrivate && addresses.some((entry) => isNonPublicAddress(entry.address))) {
        return callback(
          fetchError("This address is on a private or local network, which the importer does not fetch from."),
          "",
        );
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

// Loopback, private, link-local (incl. cloud metadata at 169.254.169.254), carrier-grade NAT, multicast,
// reserved and documentation ranges: nothing an article lives on.
const NON_PUBLIC = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  NON_PUBLIC.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  NON_PUBLIC.addSubnet(network, prefix, "ipv6");

export function isNonPublicAddress(address: string): boolean {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  if (mapped) return NON_PUBLIC.check(mapped, "ipv4");
  const family = net.isIP(address);
  if (family === 0) return true;
  return NON_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}

async function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (declared > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  // The limit counts the decompressed bytes, so a small compressed bomb cannot get past it.
  const stream = decompressed(response);
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      response.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decompressed(response: http.IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "").toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(zlib.createGunzip());
  if (encoding === "deflate") return response.pipe(zlib.createInflate());
  if (encoding === "br") return response.pipe(zlib.createBrotliDecompress());
  return response;
}

function decode(bytes: Buffer, contentType: string | null): string {
  const charset = contentType?.match(/charset="?([\w-]+)"?/i)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "no such host";
  if (code === "ECONNREFUSED") return "connection refused";
  return code ?? (error instanceof Error ? error.message : String(error));
}

const tooLarge = (maxBytes: number) => fetchError(`The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);

function fetchError(message: string): AppError {
  return new AppError("INVALID_INPUT", message, { fields: { url: [message] } });
}
