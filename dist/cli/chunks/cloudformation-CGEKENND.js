import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-SSBDI2MZ.js";
import "./chunk-BYFUJ4ZD.js";
import "./chunk-Y2YF5CTW.js";
import "./chunk-IEOEEZND.js";
import "./chunk-L77HEJ2V.js";
import "./chunk-GZWQQPYZ.js";
import "./chunk-PEQ4JKPF.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
