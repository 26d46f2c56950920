export declare const tokens: (s: string) => string[];
export declare function prf(pred: string[], gold: string[]): { p: number; r: number; f: number };
export declare const tidy: (s: string | null | undefined) => string;
