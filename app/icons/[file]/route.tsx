import { ImageResponse } from 'next/og';
import { BrandMark } from '@/components/brand-mark';
import { iconFiles } from '@/lib/icons';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return iconFiles().map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = iconFiles().find((i) => i.file === file);
  if (!match) return new Response('Not found', { status: 404 });
  return new ImageResponse(<BrandMark size={match.size} />, { width: match.size, height: match.size });
}
