import { site } from '@/content/site';
import { siteOwner } from '@/lib/content';
import { siteImage } from '@/lib/content/store';
import type { Client, Role, Testimonial } from '@/lib/content/checks/trust';
import type { Media } from '@/lib/media/media';

// The trust content of content/site.ts as the pages show it: each image a file of the content
// folder resolved to its optimized files (lib/media/media.ts). Every list may be empty, and each
// component renders nothing then: nothing here is ever filled in for the author.

/** The owner's portrait and the words that describe it (alt text: the owner's name). */
export interface Portrait {
  media: Media;
  alt: string;
}

export type ShownTestimonial = Omit<Testimonial, 'photo'> & { photo?: Media };
export type ShownClient = Omit<Client, 'logo'> & { logo?: Media };
export type { Role };

/** The owner's portrait, when content/site.ts names one. */
export function portrait(): Portrait | undefined {
  const owner = siteOwner();
  const media = siteImage(owner.image);
  return media && { media, alt: owner.name };
}

export function testimonials(): ShownTestimonial[] {
  return site.testimonials.map(({ photo, ...t }) => ({ ...t, photo: photo ? siteImage(photo) : undefined }));
}

export function clients(): ShownClient[] {
  return site.clients.map(({ logo, ...c }) => ({ ...c, logo: logo ? siteImage(logo) : undefined }));
}

export function workHistory(): readonly Role[] {
  return site.workHistory;
}

/** "2019–2022", "2022–present", or one year for a role that began and ended in it. */
export function years({ start, end }: Pick<Role, 'start' | 'end'>): string {
  return end === start ? String(start) : `${start}–${end}`;
}
