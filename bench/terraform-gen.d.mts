// Types for terraform-gen.mjs (used by the Terraform tests).
export function rng(seed: number): () => number
export function generateFile(seed: number, bytes: number): string
export function generateTree(seed: number, files: number, write: (rel: string, text: string) => void): void
export function publicBucketsAmongFunctions(bytes: number): string
