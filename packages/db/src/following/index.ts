export { type DigestOptions, digest, digestFilename } from './digest';
export {
  changesForUser,
  type FeedEntry,
  type FeedUser,
  feedDays,
  feedPage,
  lastRead,
  markFeedRead,
  unreadFeed,
} from './feed';
export { mdLink, mdText } from './markdown';
export { type Edit, isOwnChange } from './scope';
export { addWatch, listWatches, removeWatch, resolveTarget, type WatchView } from './watches';
