import { portrait as ownerPortrait, type Portrait as PortraitData } from '@/lib/trust';
import { Picture } from './picture';

/** The owner's portrait (content/site.ts `authors.<id>.image`), beside the about page's headline; nothing when none is named. */
export function Portrait({ portrait = ownerPortrait() }: { portrait?: PortraitData }) {
  if (!portrait) return null;
  return (
    <Picture
      media={portrait.media}
      alt={portrait.alt}
      // The widths below: 7rem on a phone, 11rem from sm.
      sizes="(min-width: 40rem) 11rem, 7rem"
      className="h-auto w-28 rounded-2xl border border-line bg-raised sm:w-44"
      eager
    />
  );
}
