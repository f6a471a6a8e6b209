export const x = globalThis.y?.z ?? 1;
