import { brandMarkSvg } from '@/lib/art/brand-mark-svg';
import { iconFiles } from '@/lib/art/icons';
import { svgPng } from '@/lib/art/svg-png';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return iconFiles().map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = iconFiles().find((i) => i.file === file);
  if (!match) return new Response('Not found', { status: 404 });
  const png = await svgPng(brandMarkSvg(match.size));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
