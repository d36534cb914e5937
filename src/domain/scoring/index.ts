export * from "./score";
export * from "./grade";
export * from "./rollup";
