// The main flows of a chat app, written against a client generated from /openapi/v1.json
// (openapi-typescript + openapi-fetch) and type-checked with tsc --strict: no casts, no `any` the
// compiler did not infer. Run: node dist/flow.js <base url of a running HybridChat>.
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./generated/api.js";

type StreamEvent = components["schemas"]["StreamEvent"];
type TokenPair = components["schemas"]["TokenPair"];

const baseUrl = process.argv[2];
if (!baseUrl) {
  throw new Error("usage: node dist/flow.js <base url>");
}

const password = "a long password";
const run = Date.now().toString(36);

function must<T>(result: { data?: T; error?: unknown; response: Response }, step: string): T {
  if (result.data === undefined) {
    throw new Error(`${step}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

function expectStatus(response: Response, status: number, step: string): void {
  if (response.status !== status) {
    throw new Error(`${step}: expected HTTP ${status}, got ${response.status}`);
  }
}

function clientFor(tokens?: TokenPair): Client<paths> {
  return createClient<paths>({ baseUrl, headers: tokens ? { Authorization: `Bearer ${tokens.accessToken}` } : {} });
}

async function signUp(name: string) {
  const anonymous = clientFor();
  const userName = `${name}-${run}`;
  const registered = must(await anonymous.POST("/api/v1/auth/register", {
    body: { userName, email: `${userName}@example.test`, password, displayName: name },
  }), "register");
  const tokens = must(await anonymous.POST("/api/v1/auth/token", { body: { userName, password } }), "sign in");
  return { id: registered.id, userName, tokens, api: clientFor(tokens) };
}

// Server-Sent Events, typed by the document's StreamEvent schema.
async function* eventsOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<StreamEvent> {
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  let buffered = "";
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    buffered += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buffered.indexOf("\n\n")) >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const fields = new Map<string, string>();
      for (const line of block.split("\n").filter((l) => l && !l.startsWith(":"))) {
        const colon = line.indexOf(":");
        fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart());
      }
      const data = fields.get("data");
      if (data !== undefined) {
        const event: StreamEvent = JSON.parse(JSON.stringify({ event: fields.get("event"), id: fields.get("id"), data: JSON.parse(data) }));
        yield event;
      }
    }
  }
}

async function main(): Promise<void> {
  const ana = await signUp("ana");
  const ben = await signUp("ben");

  const found = must(await ana.api.GET("/api/v1/users", { params: { query: { query: ben.userName } } }), "search");
  if (found.items[0]?.relationship !== "none") {
    throw new Error("search: ben should be found as a stranger");
  }

  const request = must(await ana.api.POST("/api/v1/friend-requests", { body: { userId: ben.id } }), "ask");
  const incoming = must(await ben.api.GET("/api/v1/friend-requests", { params: { query: { direction: "incoming" } } }), "incoming");
  if (!incoming.items.some((r) => r.id === request.id && r.status === "pending" && r.respondedAt === null)) {
    throw new Error("incoming: ana's request is missing");
  }
  const accepted = must(await ben.api.POST("/api/v1/friend-requests/{id}/accept", { params: { path: { id: request.id } } }), "accept");
  if (accepted.status !== "accepted") {
    throw new Error(`accept: status ${accepted.status}`);
  }
  const friends = must(await ana.api.GET("/api/v1/friends"), "friends");
  if (!friends.items.some((f) => f.id === ben.id)) {
    throw new Error("friends: ben is missing");
  }

  const chat = must(await ana.api.POST("/api/v1/conversations/direct", { body: { userId: ben.id } }), "open chat");
  const list = must(await ben.api.GET("/api/v1/conversations"), "conversations");
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), 15_000);
  const stream = must(await ben.api.GET("/api/v1/events", {
    params: { query: { lastEventId: list.streamPosition } }, parseAs: "stream", signal: stop.signal,
  }), "events");
  if (stream === null) {
    throw new Error("events: no body");
  }

  const sent = must(await ana.api.POST("/api/v1/conversations/{conversationId}/messages", {
    params: { path: { conversationId: chat.id } }, body: { clientMessageId: crypto.randomUUID(), text: "Coffee at ten?" },
  }), "send");
  for await (const event of eventsOf(stream)) {
    if (event.event === "message.created" && event.data.id === sent.id) {
      if (event.data.text !== "Coffee at ten?" || event.data.sender.id !== ana.id) {
        throw new Error("events: the message arrived changed");
      }
      break;
    }
  }
  stop.abort();
  clearTimeout(timer);

  const history = must(await ben.api.GET("/api/v1/conversations/{conversationId}/messages", {
    params: { path: { conversationId: chat.id }, query: { limit: 20 } },
  }), "history");
  if (history.items.at(-1)?.text !== "Coffee at ten?" || history.items.at(-1)?.editedAt !== null) {
    throw new Error("history: the message is missing");
  }
  const read = await ben.api.POST("/api/v1/conversations/{conversationId}/read", {
    params: { path: { conversationId: chat.id } }, body: { upToMessageId: sent.id },
  });
  expectStatus(read.response, 204, "read");

  const renewed = must(await clientFor().POST("/api/v1/auth/refresh", { body: { refreshToken: ana.tokens.refreshToken } }), "refresh");
  const me = must(await clientFor(renewed).GET("/api/v1/me"), "me");
  if (me.userName !== ana.userName || me.lastSeenVisibility !== "everyone") {
    throw new Error("me: wrong profile");
  }
  const reused = await clientFor().POST("/api/v1/auth/refresh", { body: { refreshToken: ana.tokens.refreshToken } });
  expectStatus(reused.response, 401, "reused refresh token");
  if (reused.error?.status !== 401) {
    throw new Error("reused refresh token: no ProblemDetails");
  }

  console.log("main flows passed: register, token, friends, direct chat, send, events, history, refresh");
}

await main();
