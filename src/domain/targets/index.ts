export * from "./schema";
export * from "./assign";
export * from "./baseline";
export * from "./presets";
export { applyTargetRule, describeTargetRule } from "./rules";
export { levelOfUnit, levelFromText } from "./unit-level";
export * from "./json";
export * from "./progress";
