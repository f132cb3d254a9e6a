// The pure core targets plain ES2022 with no DOM or Node types, but runs where these WHATWG globals exist
// (Node ≥ 18 and every Web Worker). Declared here, narrowly, rather than pulling in a whole environment.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
