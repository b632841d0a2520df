import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-5EL6WN6R.js";
import "./chunk-TZBNEG75.js";
import "./chunk-BGGS6PCZ.js";
import "./chunk-IEOEEZND.js";
import "./chunk-NDWGM3KJ.js";
import "./chunk-4JMKQWPR.js";
import "./chunk-YZ3DP3CV.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
