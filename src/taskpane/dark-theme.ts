// Fluent computes a theme's tokens when its module loads: the dark one is fetched only by a
// host whose Office theme is dark (index.tsx), not built by every start-up.
export { webDarkTheme } from "@fluentui/react-components";
