/**
 * What the lane's Excel answers with: one node per object an Office.js object path names
 * (workbook, worksheet, range, format…), acting on the fake workbook's state at the moment the
 * request's action reaches it, as Excel applies a request's actions in order.
 */

/** An error as Excel reports it in a response: Office.js rejects `sync()` with this code. */
export class ServerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
  }
}

/** Wire names are PascalCase (`GetRange`, `Formulas`); `load` selects camelCase. */
export function camel(name: string): string {
  return name.startsWith("_") ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

export function pascal(name: string): string {
  return name.startsWith("_") ? name : name.charAt(0).toUpperCase() + name.slice(1);
}

export abstract class Node {
  abstract readonly type: string;
  /** Set by `_KeepReference`: the object then lives across the syncs of an `Excel.run`. */
  referenceId: string | null = null;

  /** A null object (`…OrNullObject` found nothing): Office.js sees `isNullObject`. */
  get isNull(): boolean {
    return false;
  }

  /** A scalar property `load` can ask for. */
  scalar(name: string): unknown {
    throw this.missing(name);
  }

  /** The scalar properties a bare `load()` returns. */
  scalarNames(): string[] {
    return [];
  }

  /** A navigation property (`format`, `worksheets`…). */
  nav(name: string): Node {
    throw this.missing(name);
  }

  /** A method: returns a node for methods that make an object, else the method's result. */
  call(name: string, _args: unknown[]): unknown {
    throw this.missing(name);
  }

  set(name: string, _value: unknown): void {
    throw this.missing(name);
  }

  /** The items of a collection, or null for an object. */
  items(): Node[] | null {
    return null;
  }

  /** What an Instantiate action returns: the ids Office.js rewrites its object paths with. */
  idResult(): Record<string, unknown> {
    return this.referenceId === null ? {} : { _ReferenceId: this.referenceId };
  }

  /** A member this fake Excel does not model: the lane fails loudly rather than guess. */
  protected missing(name: string): ServerError {
    return new ServerError("ApiNotFound", `the lane's Excel has no ${this.type}.${name}`, 404);
  }
}

/** What `…OrNullObject` returns when there is nothing. */
export class NullNode extends Node {
  readonly type = "Null";
  override get isNull(): boolean {
    return true;
  }
  override idResult(): Record<string, unknown> {
    return {};
  }
}

/** Serialises a node as a Query action's result, selected properties in PascalCase. */
export function queryResult(node: Node, select: readonly string[] | undefined): unknown {
  if (node.isNull) return null;
  const items = node.items();
  if (items !== null) return { _Items: items.map((item) => objectResult(item, select)) };
  return objectResult(node, select);
}

function objectResult(node: Node, select: readonly string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...node.idResult() };
  for (const path of select ?? node.scalarNames()) {
    const [head = "", ...rest] = path.split("/");
    const key = pascal(head);
    if (rest.length === 0) {
      out[key] = node.scalar(camel(head));
      continue;
    }
    const nested = queryResult(node.nav(camel(head)), [rest.join("/")]);
    const before = out[key];
    out[key] =
      typeof before === "object" && before !== null && typeof nested === "object" && nested !== null
        ? { ...before, ...nested }
        : nested;
  }
  return out;
}

export function stringArg(args: readonly unknown[], i: number): string {
  const value = args[i];
  if (typeof value !== "string") throw new ServerError("InvalidArgument", `argument ${i} is not text`);
  return value;
}

export function numberArg(args: readonly unknown[], i: number): number {
  const value = args[i];
  if (typeof value !== "number") throw new ServerError("InvalidArgument", `argument ${i} is not a number`);
  return value;
}
