import type { FakeWorkbook } from "../../fakeExcel";
import { WorkbookNode } from "./bookNodes";
import { camel, Node, NullNode, queryResult, ServerError } from "./node";
import { WEB_LIMITS, type ServerLimits, type World } from "./world";

/** An object path as Office.js serialises it in a request body. */
interface PathInfo {
  Id: number;
  /** 1 global object, 3 method, 4 property, 5 indexer, 6 kept reference, 7 null object. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the id of the object path passed there, or 0. */
  ReferencedObjectPathIds?: unknown[];
}

interface ActionInfo {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property, 5 trace. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] };
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, PathInfo>;
}

/** What Office.js' request executor hands back (`RichApiMessage` response). */
export interface ExecutorResponse {
  ErrorCode: string;
  ErrorMessage: string;
  HttpStatusCode?: number;
  Headers: Record<string, string>;
  Body: unknown;
}

/** One request as the lane saw it: its size, its actions by name, how it ended. */
export interface RequestLog {
  bytes: number;
  responseBytes: number;
  /** `Method:GetRange`, `Query`, `SetProperty:Formulas`… in order. */
  actions: string[];
  error: string | null;
}

const ACTION_TYPES: Record<number, string> = {
  1: "Instantiate",
  2: "Query",
  3: "Method",
  4: "SetProperty",
  5: "Trace",
};

/**
 * Excel's side of the lane: it answers the request bodies the real Office.js library builds,
 * action by action against the fake workbook's state, with Excel on the web's limits.
 */
export class ExcelServer {
  readonly world: World;
  readonly log: RequestLog[] = [];
  private readonly references = new Map<string, Node>();
  private nextReference = 1;
  /**
   * Requests still to fail before any of their actions runs, as when Excel on the web loses its
   * connection or the service is briefly unavailable: how a test fails a run halfway.
   */
  failRequests = 0;

  constructor(state: FakeWorkbook, limits: ServerLimits = WEB_LIMITS) {
    this.world = { state, limits, changeEvents: new Map(), calls: [] };
  }

  execute(body: RequestBody): ExecutorResponse {
    const bytes = Buffer.byteLength(JSON.stringify(body), "utf8");
    const entry: RequestLog = {
      bytes,
      responseBytes: 0,
      actions: body.Actions.map(
        (a) => `${ACTION_TYPES[a.ActionType] ?? a.ActionType}${a.Name === "" ? "" : `:${a.Name}`}`,
      ),
      error: null,
    };
    this.log.push(entry);
    if (bytes > this.world.limits.requestBytes) {
      entry.error = "RequestPayloadSizeLimitExceeded";
      return failure("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.", 413);
    }
    if (this.failRequests > 0) {
      this.failRequests -= 1;
      entry.error = "ServiceNotAvailable";
      return actionFailure(new ServerError("ServiceNotAvailable", "The service is unavailable.", 503), 0);
    }
    const nodes = new Map<number, Node>();
    const resolve = (id: number): Node => {
      const known = nodes.get(id);
      if (known !== undefined) return known;
      const node = this.pathNode(body, id, resolve);
      nodes.set(id, node);
      return node;
    };
    const results: Array<{ ActionId: number; Value: unknown }> = [];
    for (const [index, action] of body.Actions.entries()) {
      try {
        // A trace (Office.js' marker for its own callbacks) names no object.
        const node = action.ActionType === 5 ? new NullNode() : resolve(action.ObjectPathId);
        const value = this.act(action, node, resolve);
        if (value !== NO_RESULT) results.push({ ActionId: action.Id, Value: value });
      } catch (error) {
        if (!(error instanceof ServerError)) throw error;
        entry.error = error.code;
        return actionFailure(error, index);
      }
    }
    const responseBody = { Results: results };
    entry.responseBytes = Buffer.byteLength(JSON.stringify(responseBody), "utf8");
    if (entry.responseBytes > this.world.limits.responseBytes) {
      entry.error = "ResponsePayloadSizeLimitExceeded";
      return failure("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", 413);
    }
    return { ErrorCode: "", ErrorMessage: "", Headers: {}, Body: responseBody };
  }

  private act(action: ActionInfo, node: Node, resolve: (id: number) => Node): unknown {
    switch (action.ActionType) {
      case 1:
        return node.isNull ? null : node.idResult();
      case 2:
        return queryResult(node, action.QueryInfo?.Select);
      case 3: {
        if (action.Name === "_KeepReference" && node.referenceId === null) {
          node.referenceId = `ref${this.nextReference++}`;
          this.references.set(node.referenceId, node);
        }
        if (action.Name === "_RemoveReference") this.references.delete(String(action.ArgumentInfo?.Arguments?.[0]));
        if (node.isNull) return null;
        const value = node.call(camel(action.Name), argumentsOf(action.ArgumentInfo, resolve));
        return value instanceof Node || value === undefined ? null : value;
      }
      case 4:
        node.set(camel(action.Name), action.ArgumentInfo?.Arguments?.[0]);
        return NO_RESULT;
      case 5:
        // Office.js runs its trace-marker callbacks (event registrations) from this result.
        return null;
      default:
        throw new ServerError("ApiNotFound", `the lane's Excel has no action type ${action.ActionType}`);
    }
  }

  private pathNode(body: RequestBody, id: number, resolve: (id: number) => Node): Node {
    const path = body.ObjectPaths[String(id)];
    if (path === undefined) throw new ServerError("InvalidObjectPath", `no object path ${id}`);
    const parent = (): Node => resolve(path.ParentObjectPathId ?? -1);
    switch (path.ObjectPathType) {
      case 1:
        return new WorkbookNode(this.world);
      case 3:
        return asNode(path.Name, parent(), (p) => p.call(camel(path.Name), argumentsOf(path.ArgumentInfo, resolve)));
      case 4:
        return asNode(path.Name, parent(), (p) => p.nav(camel(path.Name)));
      case 5:
        return asNode("getItem", parent(), (p) => p.call("getItem", argumentsOf(path.ArgumentInfo, resolve)));
      case 6: {
        const kept = this.references.get(path.Name);
        if (kept === undefined) throw new ServerError("InvalidObjectPath", `reference ${path.Name} is gone`);
        return kept;
      }
      case 7:
        return new NullNode();
      default:
        throw new ServerError("InvalidObjectPath", `object path type ${path.ObjectPathType}`);
    }
  }
}

const NO_RESULT = Symbol("no result");

function asNode(name: string, parent: Node, make: (parent: Node) => unknown): Node {
  if (parent.isNull) return new NullNode();
  const made = make(parent);
  if (!(made instanceof Node)) throw new ServerError("InvalidObjectPath", `${parent.type}.${name} is not an object`);
  return made;
}

function argumentsOf(info: ArgumentInfo | undefined, resolve: (id: number) => Node): unknown[] {
  const args = [...(info?.Arguments ?? [])];
  (info?.ReferencedObjectPathIds ?? []).forEach((id, i) => {
    if (typeof id === "number" && id !== 0) args[i] = resolve(id);
  });
  return args;
}

/** An error at one action: Excel has applied the actions before it and reports this one. */
function actionFailure(error: ServerError, index: number): ExecutorResponse {
  return {
    ErrorCode: "",
    ErrorMessage: "",
    Headers: {},
    Body: {
      Error: {
        Code: error.code,
        Message: error.message,
        HttpStatusCode: error.httpStatus,
        ActionIndex: index,
        Location: "",
      },
    },
  };
}

function failure(code: string, message: string, status: number): ExecutorResponse {
  return { ErrorCode: code, ErrorMessage: message, HttpStatusCode: status, Headers: {}, Body: null };
}
