import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { site } from '@/content/site';
import { paths } from '@/lib/paths';
import { siteOrigin } from '@/lib/site-url';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  applicationName: site.name,
  icons: { icon: [{ url: '/icon.svg', type: 'image/svg+xml' }], apple: paths.icon('apple-touch-icon.png') },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language}>
      {/* The skip link, header, main and footer are each page's (components/page-frame.tsx). */}
      <body className="bg-paper font-sans text-base text-ink antialiased">{children}</body>
    </html>
  );
}
