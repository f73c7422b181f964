export {
  type AssetSizes,
  budget,
  frameworkFloor,
  initialAssets,
  kb,
  webDist,
} from './assets';
export { chromiumPath, launchChromium } from './chromium';
