import type { MetadataRoute } from 'next';
import { site } from '@/content/site';
import { ICON_SIZES } from '@/lib/art/icons';
import { paths } from '@/lib/paths';

export const dynamic = 'force-static';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: site.name,
    short_name: 'M. Khan',
    description: site.description,
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#0f6e66',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      ...ICON_SIZES.manifest.map((size) => ({
        src: paths.icon(`icon-${size}.png`),
        type: 'image/png',
        sizes: `${size}x${size}`,
      })),
    ],
  };
}
