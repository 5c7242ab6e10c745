// Types of scripts/nativeModule.mjs for its tests.
export function electronTarget(): { version: string; file: string };
export function moduleVersionFromError(message: string): number | null;
export function moduleVersionOf(file: string): number | null;
export function electronAbi(version: string): Promise<number | null>;
export function abiProblem(file: string, expectedAbi: number | null): string | null;
