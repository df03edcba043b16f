import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedPng, drawingKey } from './drawn-images';

const root = mkdtempSync(join(tmpdir(), 'drawn-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const png = (byte: number) => () => new Response(new Uint8Array([0x89, 0x50, 0x4e, 0x47, byte]), { status: 200 });

describe('drawingKey', () => {
  writeFileSync(join(root, 'art.tsx'), 'draw it blue');
  const key = (inputs: unknown) => drawingKey(inputs, ['art.tsx'], root);

  it('is the same for the same words, size and drawing code', () => {
    expect(key({ headline: 'A', size: 1 })).toBe(key({ headline: 'A', size: 1 }));
  });

  it('changes with anything the image shows', () => {
    expect(key({ headline: 'A', size: 1 })).not.toBe(key({ headline: 'B', size: 1 }));
    expect(key({ headline: 'A', size: 1 })).not.toBe(key({ headline: 'A', size: 2 }));
  });

  it('changes when the drawing code changes', () => {
    const before = key({ headline: 'A' });
    writeFileSync(join(root, 'art.tsx'), 'draw it green');
    expect(key({ headline: 'A' })).not.toBe(before);
  });

  it('fails, naming the file, when a drawing source is missing', () => {
    expect(() => drawingKey({}, ['no-such-file.tsx'], root)).toThrow(/no-such-file\.tsx/);
  });
});

describe('cachedPng', () => {
  const dir = join(root, 'cache');

  it('draws an image once, then serves the kept bytes without drawing', async () => {
    let draws = 0;
    const draw = () => (draws++, png(1)());
    const first = await cachedPng('k1', draw, dir);
    const second = await cachedPng('k1', draw, dir);
    expect(draws).toBe(1);
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]));
    expect(readdirSync(dir)).toEqual(['k1.png']);
  });

  it('keeps nothing when drawing fails', async () => {
    await expect(cachedPng('k2', () => new Response('no', { status: 500 }), dir)).rejects.toThrow(
      'drawing k2.png failed: HTTP 500',
    );
    expect(readdirSync(dir)).toEqual(['k1.png']);
  });
});
