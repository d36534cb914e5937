export const DEV_URL: string;
export const EXAMPLE_PROD_URL: string;
export function productionUrl(value?: string): string;
export function productionManifest(xml: string, prodUrl?: string): string;
