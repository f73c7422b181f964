export {
  type AssetSizes,
  budget,
  frameworkFloor,
  initialAssets,
  kb,
  type Sizes,
  webDist,
  webRoot,
} from './assets';
export { chromiumPath, launchChromium } from './chromium';
export {
  eagerPages,
  initialChunks,
  type Manifest,
  type ManifestChunk,
  pageModules,
  readManifest,
} from './manifest';
