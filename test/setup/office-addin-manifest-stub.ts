export const OfficeApp = { Excel: "Excel" };
export enum OfficeAddinManifest {}
export default {};
