import { site } from '@/content/site';

export function SiteFooter() {
  return (
    <footer className="site-chrome mt-20 border-t border-line">
      <div className="mx-auto max-w-5xl px-5 py-8 text-sm text-muted">
        <p>
          © {new Date().getFullYear()} {site.name}. {site.authors['mudassir-khan'].jobTitle}.
        </p>
      </div>
    </footer>
  );
}
