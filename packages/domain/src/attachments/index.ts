// Evidence files: what a file is (by its bytes) and the rules of attaching it.
export * from "./fileKind.ts";
export * from "./rules.ts";
