import { TAG_COUNT, TAGS } from './perceptron';

/**
 * The trained weights as committed (weights.json): features by hash, sorted, with TAG_COUNT weights each,
 * quantized to one signed byte (weight = byte × scale), both as base64; the transitions as plain numbers.
 */
export interface EncodedWeights {
  about: string;
  tags: readonly string[];
  /** base64 of the little-endian uint32 feature hashes, ascending */
  hashes: string;
  /** base64 of the int8 weights, TAG_COUNT per hash in the same order */
  weights: string;
  scale: number;
  /** (TAG_COUNT + 1) × TAG_COUNT, the last row for the start of a sentence, rounded to 3 decimals */
  transitions: number[];
}

/**
 * Feature hash → index of its first weight, as an open-addressing table over typed arrays: the tagger looks up
 * every feature of every new word, and a Map keyed by 32-bit numbers boxes half of them.
 */
export class FeatureIndex {
  private readonly keys: Int32Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  readonly size: number;

  constructor(hashes: ArrayLike<number>) {
    let bits = 4;
    while (1 << bits < hashes.length * 2) bits++;
    this.keys = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits).fill(-1);
    this.shift = 32 - bits;
    this.size = hashes.length;
    for (let k = 0; k < hashes.length; k++) {
      let slot = this.slotOf(hashes[k]! | 0);
      while (this.values[slot] !== -1) slot = (slot + 1) & (this.keys.length - 1);
      this.keys[slot] = hashes[k]! | 0;
      this.values[slot] = k * TAG_COUNT;
    }
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** The index of the hash's first weight, or -1. */
  get(hash: number): number {
    const key = hash | 0;
    const mask = this.keys.length - 1;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const value = this.values[slot]!;
      if (value === -1 || this.keys[slot] === key) return value;
    }
  }
}

export interface Weights {
  /** feature hash → index of its first weight in `weights` */
  index: FeatureIndex;
  weights: Int8Array;
  scale: number;
  transitions: Float64Array;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let k = 0; k < bytes.length; k += CHUNK) binary += String.fromCharCode(...bytes.subarray(k, k + CHUNK));
  return btoa(binary);
}

/**
 * A native decoder where there is one (Uint8Array.fromBase64 in newer browsers, Node's Buffer): the weights are
 * half a megabyte of base64, decoded on the first article of every process, and a loop over atob's characters
 * runs cold there (tens of ms).
 */
const nativeFromBase64: ((text: string) => Uint8Array) | undefined = (() => {
  const typed = Uint8Array as { fromBase64?: (text: string) => Uint8Array };
  if (typed.fromBase64) return (text) => typed.fromBase64!(text);
  const buffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  // copied out of Buffer's pool, so that the bytes own their ArrayBuffer (decodeWeights views it whole)
  if (buffer) return (text) => new Uint8Array(buffer.from(text, 'base64'));
  return undefined;
})();

function fromBase64(text: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}

/**
 * Quantizes trained weights (per feature hash, TAG_COUNT floats) and keeps only the features with a weight that
 * survives rounding: most features seen a few times end with weights too small to change a decision.
 */
export function encodeWeights(
  byHash: Map<number, ArrayLike<number>>,
  transitions: ArrayLike<number>,
  about: string,
): EncodedWeights {
  let max = 0;
  for (const ws of byHash.values()) for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(ws[t]!));
  const scale = max / 127 || 1;
  const kept: [number, Int8Array][] = [];
  for (const [hash, ws] of byHash) {
    const q = new Int8Array(TAG_COUNT);
    let any = false;
    for (let t = 0; t < TAG_COUNT; t++) {
      q[t] = Math.round(ws[t]! / scale);
      if (q[t]) any = true;
    }
    if (any) kept.push([hash, q]);
  }
  kept.sort((a, b) => a[0] - b[0]);
  const hashes = new Uint32Array(kept.length);
  const weights = new Int8Array(kept.length * TAG_COUNT);
  kept.forEach(([hash, q], k) => {
    hashes[k] = hash;
    weights.set(q, k * TAG_COUNT);
  });
  const hashBytes = new Uint8Array(hashes.length * 4);
  const view = new DataView(hashBytes.buffer);
  hashes.forEach((h, k) => view.setUint32(k * 4, h, true));
  return {
    about,
    tags: TAGS,
    hashes: toBase64(hashBytes),
    weights: toBase64(new Uint8Array(weights.buffer)),
    scale: Number(scale.toPrecision(6)),
    transitions: Array.from(transitions, (x) => Math.round(x * 1000) / 1000),
  };
}

export function decodeWeights(encoded: EncodedWeights): Weights {
  if (encoded.tags.join() !== TAGS.join())
    throw new Error(`model weights: tags ${encoded.tags.join()} are not the tagger's ${TAGS.join()}`);
  const hashBytes = fromBase64(encoded.hashes);
  const weights = new Int8Array(fromBase64(encoded.weights).buffer);
  const count = hashBytes.length / 4;
  if (weights.length !== count * TAG_COUNT)
    throw new Error(`model weights: ${count} features but ${weights.length} weights`);
  const view = new DataView(hashBytes.buffer);
  const hashes = new Uint32Array(count);
  for (let k = 0; k < count; k++) hashes[k] = view.getUint32(k * 4, true);
  return {
    index: new FeatureIndex(hashes),
    weights,
    scale: encoded.scale,
    transitions: Float64Array.from(encoded.transitions),
  };
}
