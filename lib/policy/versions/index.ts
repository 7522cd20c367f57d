// Every published version of the privacy policy, oldest first. `npm run policy:new` adds the next
// version's file and its two lines here; a published file is never edited afterwards.
import type { PolicyVersion } from '../types';
import { policy20171124 } from './2017-11-24';
// (new versions' imports above this line)

export const publishedVersions: readonly PolicyVersion[] = [
  policy20171124,
  // (new versions above this line)
];
