import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-BEKXKCY7.js";
import "./chunk-D72OT7RV.js";
import "./chunk-Y2YF5CTW.js";
import "./chunk-NT3BIKPR.js";
import "./chunk-WGPEEETN.js";
import "./chunk-OSMIG66U.js";
import "./chunk-PEQ4JKPF.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
