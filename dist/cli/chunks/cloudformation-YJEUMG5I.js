import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cloudFormationPlugin,
  loadTemplateText
} from "./chunk-XF3UNAZE.js";
import "./chunk-YBVQZP5N.js";
import "./chunk-NT3BIKPR.js";
import "./chunk-WIYW6XSZ.js";
import "./chunk-QRJYCZBA.js";
export {
  cloudFormationPlugin,
  loadTemplateText
};
