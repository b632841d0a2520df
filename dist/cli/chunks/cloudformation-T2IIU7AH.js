import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-S34IDXZT.js";
import "./chunk-MCB7P5KB.js";
import "./chunk-BGGS6PCZ.js";
import "./chunk-IEOEEZND.js";
import "./chunk-GATRN5JB.js";
import "./chunk-CMUSE3KX.js";
import "./chunk-YZ3DP3CV.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
