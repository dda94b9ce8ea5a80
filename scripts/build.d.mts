/** Builds the embed bundle (`polku.js` and `chunks/`) into `outDir` (default `packages/elements/dist`); resolves with the folder. */
export declare function buildEmbed(outDir?: string): Promise<string>;
