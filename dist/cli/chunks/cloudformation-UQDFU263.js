import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-XNSVMRC2.js";
import "./chunk-YTVKCYCX.js";
import "./chunk-NT3BIKPR.js";
import "./chunk-TIHFMKBV.js";
import "./chunk-CPTL56NJ.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
